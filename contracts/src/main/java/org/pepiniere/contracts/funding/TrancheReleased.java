package org.pepiniere.contracts.funding;

import java.time.Instant;

import org.pepiniere.contracts.IntegrationEvent;

/**
 * A tranche of a decided funding was paid out. Keyed by the funding id, so a funding's tranches stay in order; a
 * tranche is released once, so a consumer counts each {@code (fundingId, trancheNumber)} once.
 *
 * @param trancheNumber 1 for the first tranche
 * @param amountCents   the amount released, in cents of {@code currency}
 */
public record TrancheReleased(
        String eventId,
        String fundingId,
        int trancheNumber,
        Instant occurredAt,
        String incubatorId,
        String startupReference,
        long amountCents,
        String currency) implements IntegrationEvent {
}
