package org.pepiniere.contracts.funding;

import java.time.Instant;

import org.pepiniere.contracts.IntegrationEvent;

/**
 * The funding committee granted a start-up an amount, to be paid in tranches. Keyed by the funding id; one funding
 * is decided once, so a consumer that sees the same {@code fundingId} again counts it once.
 *
 * @param startupReference the opaque start-up reference that {@code ApplicationDecided} gave the start-up
 * @param instrument       {@code HONOUR_LOAN}, {@code GRANT}, {@code EQUITY} (a consumer shows an unknown one as is)
 * @param amountCents      the amount granted, in cents of {@code currency}
 * @param currency         ISO 4217, for example EUR
 * @param tranches         in how many tranches it is released, at least 1
 */
public record FundingDecided(
        String eventId,
        String fundingId,
        Instant occurredAt,
        String incubatorId,
        String startupReference,
        String instrument,
        long amountCents,
        String currency,
        int tranches) implements IntegrationEvent {
}
