package org.pepiniere.applications.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.PartnerBankRegistered;

class LearningPartnerBanksTest {

    private final InMemoryConsents store = new InMemoryConsents();
    private final LearningPartnerBanks learning = new LearningPartnerBanks(store);

    @Test
    void keepsTheFirstAnnouncementOfABank() {
        learning.registered(new PartnerBankRegistered("e-1", "bp-sud", Instant.EPOCH, "incubator", "Banque Populaire du Sud", "fr", "en"))
                .block();

        learning.registered(new PartnerBankRegistered("e-2", "bp-sud", Instant.EPOCH, "incubator", "Autre", null, null)).block();

        assertThat(store.find("incubator", "bp-sud").block())
                .isEqualTo(new PartnerBank("incubator", "bp-sud", "Banque Populaire du Sud", "fr", "en"));
    }

    @Test
    void namesABankAnnouncedWithoutANameByItsId() {
        learning.registered(new PartnerBankRegistered("e-1", "bp-sud", Instant.EPOCH, "incubator", null, null, null)).block();

        assertThat(store.find("incubator", "bp-sud").block().name()).isEqualTo("bp-sud");
    }
}
