package org.pepiniere.contracts.applications;

import java.time.Instant;

import org.pepiniere.contracts.IntegrationEvent;

/**
 * A founder submitted an application; it now waits for its jury. Carries no personal data of the
 * team: consumers that need people read the identity projection.
 *
 * @param callId            the call the application answers, or null for an open (rolling) intake
 * @param amountSoughtCents money the start-up seeks, in cents of {@code currency}, or null
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
        String currency) implements IntegrationEvent {
}
