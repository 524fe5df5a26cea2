package org.pepiniere.gateway.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.PartnerBankRegistered;

/**
 * A partner bank of one incubator, registered by its staff: the only organisation a bank user of that incubator
 * may belong to. Its id is unique within the incubator, and is what a bank user's token names.
 *
 * @param descriptionFr a short presentation in French, or null
 * @param descriptionEn the same in English, or null
 */
public record PartnerBank(
        OrganisationId id,
        IncubatorId incubatorId,
        String name,
        @Nullable String descriptionFr,
        @Nullable String descriptionEn,
        Instant registeredAt) {

    public static final int DESCRIPTION_MAX_LENGTH = 280;

    /** The CloudEvent subject and Kafka key: bank ids are unique within an incubator only. */
    public String subject() {
        return incubatorId.value() + '/' + id.value();
    }

    public PartnerBankRegistered registered(UUID eventId) {
        return new PartnerBankRegistered(eventId.toString(), id.value(), registeredAt, incubatorId.value(), name,
                descriptionFr, descriptionEn);
    }
}
