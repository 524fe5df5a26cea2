package org.pepiniere.gateway.identity.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.pepiniere.gateway.identity.PartnerBank;

record PartnerBankView(String id, String name, Description description, Instant registeredAt) {

    record Description(@Nullable String fr, @Nullable String en) {
    }

    static PartnerBankView of(PartnerBank bank) {
        return new PartnerBankView(bank.id().value(), bank.name(), new Description(bank.descriptionFr(), bank.descriptionEn()),
                bank.registeredAt());
    }
}
