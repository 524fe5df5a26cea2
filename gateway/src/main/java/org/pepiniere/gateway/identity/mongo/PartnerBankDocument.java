package org.pepiniere.gateway.identity.mongo;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.gateway.identity.IncubatorId;
import org.pepiniere.gateway.identity.OrganisationId;
import org.pepiniere.gateway.identity.PartnerBank;
import org.pepiniere.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;

/** A partner bank as stored, keyed by incubator and bank id, with the events still waiting in its outbox. */
record PartnerBankDocument(
        @Id String id,
        String incubatorId,
        String organisationId,
        String name,
        @Nullable String descriptionFr,
        @Nullable String descriptionEn,
        Instant registeredAt,
        @Nullable List<OutboxMessage> outbox) {

    static PartnerBankDocument of(PartnerBank bank, List<OutboxMessage> outbox) {
        return new PartnerBankDocument(bank.subject(), bank.incubatorId().value(), bank.id().value(), bank.name(),
                bank.descriptionFr(), bank.descriptionEn(), bank.registeredAt(), outbox);
    }

    PartnerBank toDomain() {
        return new PartnerBank(new OrganisationId(organisationId), new IncubatorId(incubatorId), name, descriptionFr,
                descriptionEn, registeredAt);
    }
}
