package org.pepiniere.applications.consent.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.applications.consent.PartnerBank;
import org.pepiniere.applications.consent.PartnerBanks;
import org.pepiniere.applications.consent.mongo.MongoPartnerBanks;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.identity.PartnerBankRegistered;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.TestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.cloudevents.CloudEvent;

/** The service learns each incubator's partner banks from the gateway's events, tolerantly and once. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, properties = "pepiniere.kafka.retry.interval=100ms")
class PartnerBankEventsTest {

    @Autowired
    PartnerBanks banks;

    @Autowired
    ReactiveMongoTemplate mongo;

    final String incubator = "incubator-" + UUID.randomUUID();

    @Test
    void learnsARegisteredBank() {
        publish(event("bp-sud", new PartnerBankRegistered(UUID.randomUUID().toString(), "bp-sud", Instant.now(), incubator,
                "Banque Populaire du Sud", "Banque régionale", "Regional bank")));

        assertThat(awaitBank("bp-sud")).isEqualTo(
                new PartnerBank(incubator, "bp-sud", "Banque Populaire du Sud", "Banque régionale", "Regional bank"));
    }

    @Test
    void learnsABankFromAnOlderEventWithoutDescriptionsAndFromOneWithAFieldItDoesNotKnow() {
        publish(event("ancienne", Map.of("eventId", UUID.randomUUID().toString(), "organisationId", "ancienne",
                "occurredAt", Instant.now().toString(), "incubatorId", incubator, "name", "Banque ancienne")));
        publish(event("future", Map.of("eventId", UUID.randomUUID().toString(), "organisationId", "future",
                "occurredAt", Instant.now().toString(), "incubatorId", incubator, "name", "Banque future",
                "swift", "AGRIFRPP")));

        assertThat(awaitBank("ancienne").descriptionFr()).isNull();
        assertThat(awaitBank("future").name()).isEqualTo("Banque future");
    }

    @Test
    void storesOneUnchangedBankWhenTheEventIsReplayedOrAnnouncedAgain() {
        var registered = new PartnerBankRegistered(UUID.randomUUID().toString(), "rejouee", Instant.now(), incubator,
                "Banque rejouée", null, null);
        var original = event("rejouee", registered);
        publish(original);
        awaitBank("rejouee");

        publish(original);
        publish(event("rejouee", new PartnerBankRegistered(UUID.randomUUID().toString(), "rejouee", Instant.now(), incubator,
                "Autre nom", null, null)));
        // a later bank of the same incubator, published after the replays, shows when they were all handled
        publish(event("temoin", new PartnerBankRegistered(UUID.randomUUID().toString(), "temoin", Instant.now(), incubator,
                "Témoin", null, null)));
        awaitBank("temoin");

        assertThat(mongo.count(Query.query(Criteria.where("incubatorId").is(incubator).and("bankId").is("rejouee")),
                MongoPartnerBanks.COLLECTION).block()).isEqualTo(1);
        assertThat(banks.find(incubator, "rejouee").block().name()).isEqualTo("Banque rejouée");
    }

    @Test
    void keepsTheBanksOfEachIncubatorApart() {
        publish(event("bp-sud", new PartnerBankRegistered(UUID.randomUUID().toString(), "bp-sud", Instant.now(), incubator,
                "Banque Populaire du Sud", null, null)));
        awaitBank("bp-sud");

        assertThat(banks.ofIncubator("another-" + incubator, 10).collectList().block()).isEmpty();
    }

    private CloudEvent event(String bankId, Object data) {
        return TestEvents.event(EventTypes.PARTNER_BANK_REGISTERED, incubator + "/" + bankId, incubator, data);
    }

    private static void publish(CloudEvent event) {
        TestEvents.publish(Topics.IDENTITY, event);
    }

    private PartnerBank awaitBank(String bankId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> banks.find(incubator, bankId).block(), bank -> bank != null);
    }
}
