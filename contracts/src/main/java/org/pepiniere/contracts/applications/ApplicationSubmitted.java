package org.pepiniere.contracts.applications;

import java.time.Instant;
import java.util.List;

import org.pepiniere.contracts.IntegrationEvent;

/**
 * A founder submitted an application; it now waits for its jury. Carries no personal data of the
 * team (no name, no email): consumers that need people read the identity projection. Fields were added
 * over time; an event published before them reads with null scalars and empty lists.
 *
 * @param callId            the call the application answers, or null for an open (rolling) intake
 * @param amountSoughtCents money the start-up seeks, in cents of {@code currency}, or null
 * @param needs             expertise tags the founders ask for (lower case, as written), which jurors and
 *                          mentors are matched on
 * @param teamAffiliations  the schools, labs and companies the team comes from, each once, without who:
 *                          what conflicts of interest are judged on
 * @param programme         the call's programme, {@code INCUBATION} or {@code ACCELERATION}; null without a call
 * @param track             the acceleration track (for example "Village by CA"), or null
 */
public record ApplicationSubmitted(
        String eventId,
        String applicationId,
        Instant occurredAt,
        String incubatorId,
        String callId,
        String founderId,
        String startupName,
        String sector,
        String stage,
        Long amountSoughtCents,
        String currency,
        List<String> needs,
        List<String> teamAffiliations,
        String programme,
        String track) implements IntegrationEvent {

    public ApplicationSubmitted {
        needs = needs == null ? List.of() : List.copyOf(needs);
        teamAffiliations = teamAffiliations == null ? List.of() : List.copyOf(teamAffiliations);
    }

    /** The event as first published, before needs, affiliations and programme were added. */
    public ApplicationSubmitted(String eventId, String applicationId, Instant occurredAt, String incubatorId, String callId,
            String founderId, String startupName, String sector, String stage, Long amountSoughtCents, String currency) {
        this(eventId, applicationId, occurredAt, incubatorId, callId, founderId, startupName, sector, stage,
                amountSoughtCents, currency, List.of(), List.of(), null, null);
    }
}
