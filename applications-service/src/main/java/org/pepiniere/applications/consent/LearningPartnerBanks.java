package org.pepiniere.applications.consent;

import org.pepiniere.contracts.identity.PartnerBankRegistered;

import reactor.core.publisher.Mono;

/** Keeps the partner banks the gateway announces, so that founders can consent per bank without asking it. */
public class LearningPartnerBanks {

    private final PartnerBanks banks;

    public LearningPartnerBanks(PartnerBanks banks) {
        this.banks = banks;
    }

    /** An event without a name (an older or broken producer) still makes the bank known, under its id. */
    public Mono<Void> registered(PartnerBankRegistered event) {
        String name = event.name() == null || event.name().isBlank() ? event.organisationId() : event.name();
        return banks.remember(new PartnerBank(event.incubatorId(), event.organisationId(), name, event.descriptionFr(),
                event.descriptionEn()));
    }
}
