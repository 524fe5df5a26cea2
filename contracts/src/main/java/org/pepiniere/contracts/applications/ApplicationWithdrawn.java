package org.pepiniere.contracts.applications;

import java.time.Instant;

import org.pepiniere.contracts.IntegrationEvent;

/**
 * A founder withdrew their application, before its decision or after it: it leaves the pipeline (no jury,
 * no score, no decision), and an admitted start-up leaves its cohort and frees its seat. Carries no
 * personal data of the team.
 *
 * @param callId        the call the application answered, or null for an open (rolling) intake
 * @param wasSubmitted  whether it had been submitted (and announced by {@link ApplicationSubmitted}) or was
 *                      still a draft nobody else had heard of
 */
public record ApplicationWithdrawn(
        String eventId,
        String applicationId,
        Instant occurredAt,
        String incubatorId,
        String callId,
        String founderId,
        String startupName,
        boolean wasSubmitted) implements IntegrationEvent {
}
