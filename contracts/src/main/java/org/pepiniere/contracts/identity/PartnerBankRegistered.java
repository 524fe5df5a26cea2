package org.pepiniere.contracts.identity;

import java.time.Instant;

import org.pepiniere.contracts.IntegrationEvent;

/**
 * Staff registered a partner bank of their incubator as an organisation: bank users can now belong to it,
 * and founders can consent to share their start-up's summary with it. The CloudEvent subject and Kafka key
 * is {@code <incubatorId>/<organisationId>}, since organisation ids are unique within an incubator only.
 *
 * @param organisationId the bank's id (a slug), the same value as a bank user's {@code organisationId} and
 *                       token claim {@code org}
 * @param descriptionFr  a short presentation in French, or null
 * @param descriptionEn  the same in English, or null
 */
public record PartnerBankRegistered(
        String eventId,
        String organisationId,
        Instant occurredAt,
        String incubatorId,
        String name,
        String descriptionFr,
        String descriptionEn) implements IntegrationEvent {
}
