package org.pepiniere.notifications.webhooks.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.notifications.retry.RetrySchedule;
import org.pepiniere.notifications.webhooks.Attempt;
import org.pepiniere.notifications.webhooks.Delivery;
import org.pepiniere.notifications.webhooks.DeliveryStatus;
import org.pepiniere.notifications.webhooks.DueDelivery;
import org.pepiniere.notifications.webhooks.Endpoint;
import org.pepiniere.notifications.webhooks.EndpointOwner;
import org.pepiniere.notifications.webhooks.WebhookEvent;
import org.pepiniere.notifications.webhooks.WebhookSecret;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.core.publisher.Mono;

@EmbeddedInfrastructure
class MongoDeliveriesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final EndpointOwner BANK = new EndpointOwner("incubator", "bank");
    private static final RetrySchedule RETRY = RetrySchedule.of(Duration.ofSeconds(5));

    private static MongoClient client;
    private static ReactiveMongoTemplate mongo;

    private final String endpointId = "endpoint-" + UUID.randomUUID();
    private final MongoDeliveries deliveries = new MongoDeliveries(mongo, Duration.ofMinutes(1), Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeAll
    static void connect(SharedInfrastructure infrastructure) {
        client = MongoClients.create(infrastructure.mongoConnectionString());
        mongo = new ReactiveMongoTemplate(client, "notifications-deliveries-" + UUID.randomUUID());
    }

    @AfterAll
    static void disconnect() {
        mongo.getMongoDatabase().flatMap(database -> Mono.from(database.drop())).block();
        client.close();
    }

    @Test
    void keepsTheSuccessOfTheCurrentLeaseWhenAnExpiredOneReportsLate() {
        var delivery = delivery("event-late");
        deliveries.add(delivery.heldUntil(NOW.plusSeconds(60)), "first").block();
        var retaken = deliveries.claimDue(delivery.id(), NOW.plusSeconds(61), NOW.plusSeconds(121), "second").block();
        var success = new Attempt(NOW.plusSeconds(61), 204, null, 3);
        boolean secondRecorded = deliveries.recordAttempt(retaken.after(success, RETRY), success, "second").block();

        var failure = new Attempt(NOW, null, "response timeout", 65_000);
        boolean firstRecorded = deliveries.recordAttempt(delivery.after(failure, RETRY), failure, "first").block();

        assertThat(secondRecorded).isTrue();
        assertThat(firstRecorded).isFalse();
        var stored = stored(delivery);
        assertThat(stored.status()).isEqualTo(DeliveryStatus.SUCCEEDED);
        assertThat(stored.attempts()).extracting(Attempt::httpStatus).containsExactly(204);
        assertThat(deliveries.due(NOW.plus(Duration.ofDays(1)), 100).collectList().block()).extracting(DueDelivery::id)
                .doesNotContain(delivery.id());
    }

    @Test
    void doesNotHandADeliveryHeldByALiveLeaseToAnotherAttempt() {
        var delivery = delivery("event-held");
        deliveries.add(delivery.heldUntil(NOW.plusSeconds(60)), "first").block();

        var taken = deliveries.claimDue(delivery.id(), NOW.plusSeconds(30), NOW.plusSeconds(90), "second").block();

        assertThat(taken).isNull();
    }

    @Test
    void queuesAFailedAttemptForItsRetryAndNothingBefore() {
        var delivery = delivery("event-retried");
        deliveries.add(delivery.heldUntil(NOW.plusSeconds(60)), "first").block();
        var failure = new Attempt(NOW, 500, null, 3);

        deliveries.recordAttempt(delivery.after(failure, RETRY), failure, "first").block();

        assertThat(dueIds(NOW.plusSeconds(4))).doesNotContain(delivery.id());
        assertThat(dueIds(NOW.plusSeconds(5))).contains(delivery.id());
    }

    @Test
    void cancelsThePendingDeliveriesOfAnEndpointSoTheirLeaseHoldersRecordNothing() {
        var delivery = delivery("event-cancelled");
        deliveries.add(delivery.heldUntil(NOW.plusSeconds(60)), "first").block();

        long cancelled = deliveries.cancelPending(endpointId).block();
        var success = new Attempt(NOW, 204, null, 3);
        boolean recorded = deliveries.recordAttempt(delivery.after(success, RETRY), success, "first").block();

        assertThat(cancelled).isEqualTo(1);
        assertThat(recorded).isFalse();
        assertThat(stored(delivery).status()).isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(dueIds(NOW.plus(Duration.ofDays(1)))).doesNotContain(delivery.id());
    }

    @Test
    void dropsAQueueEntryThatOutlivedItsFinishedDeliveryWhenTheSweepMeetsIt() {
        var delivery = delivery("event-replayed");
        deliveries.add(delivery, null).block();
        var success = new Attempt(NOW, 204, null, 3);
        var claimed = deliveries.claimDue(delivery.id(), NOW, NOW.plusSeconds(60), "only").block();
        deliveries.recordAttempt(claimed.after(success, RETRY), success, "only").block();
        boolean addedAgain = deliveries.add(delivery, null).block();
        assertThat(dueIds(NOW)).contains(delivery.id());

        var taken = deliveries.claimDue(delivery.id(), NOW, NOW.plusSeconds(60), "replay").block();

        assertThat(addedAgain).isFalse();
        assertThat(taken).isNull();
        assertThat(dueIds(NOW)).doesNotContain(delivery.id());
    }

    private List<String> dueIds(Instant at) {
        return deliveries.due(at, 1000).map(DueDelivery::id).collectList().block();
    }

    private Delivery stored(Delivery delivery) {
        return deliveries.ofEndpoint(BANK, endpointId, 10).filter(found -> found.id().equals(delivery.id())).blockFirst();
    }

    private Delivery delivery(String eventId) {
        var endpoint = new Endpoint(endpointId, BANK, URI.create("https://bank.example/hook"), List.of(EventTypes.APPLICATION_SUBMITTED), null,
                new WebhookSecret("whsec_" + "A".repeat(44)), NOW);
        var event = new WebhookEvent(eventId, EventTypes.APPLICATION_SUBMITTED, "incubator", NOW, Map.of());
        return Delivery.of(event, endpoint, "{}", NOW);
    }
}
