package org.pepiniere.notifications.webhooks.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.notifications.MutableClock;
import org.pepiniere.notifications.retry.RetrySchedule;
import org.pepiniere.notifications.retry.mongo.MongoMigrations;
import org.pepiniere.notifications.webhooks.DeliveringWebhooks;
import org.pepiniere.notifications.webhooks.DeliveryStatus;
import org.pepiniere.notifications.webhooks.DueDelivery;
import org.pepiniere.notifications.webhooks.Endpoint;
import org.pepiniere.notifications.webhooks.EndpointGates;
import org.pepiniere.notifications.webhooks.EndpointOwner;
import org.pepiniere.notifications.webhooks.WebhookSecret;
import org.pepiniere.notifications.webhooks.WebhookTransport;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.core.publisher.Mono;

/**
 * Deliveries left pending by the version that had no delivery queue (no queue entry, no lease) are queued
 * once at start, then delivered by the ordinary sweep; later starts do not read the delivery log again.
 */
@EmbeddedInfrastructure
class DeliveryQueueBackfillTest {

    private static final String BACKFILL = "delivery-queue-backfill";
    private static final EndpointOwner BANK = new EndpointOwner("incubator", "bank");

    private static MongoClient client;
    private static ReactiveMongoTemplate mongo;

    private final MutableClock clock = MutableClock.at("2026-11-30T10:00:00Z");
    private final Instant now = clock.instant();
    private final MongoDeliveries deliveries = new MongoDeliveries(mongo, Duration.ofMinutes(1), clock);
    private final MongoMigrations migrations = new MongoMigrations(mongo, clock);
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final WebhookTransport receiver = (url, headers, body) -> Mono.fromSupplier(() -> {
        received.add(url.toString());
        return WebhookTransport.Answer.status(204);
    });
    private final DeliveringWebhooks delivering = new DeliveringWebhooks(new MongoEndpoints(mongo), deliveries, receiver, EndpointGates.open(),
            Object::toString, new DeliveringWebhooks.DeliverySettings(RetrySchedule.of(Duration.ofSeconds(5)), Duration.ofMinutes(1),
                    Duration.ofSeconds(10)), () -> UUID.randomUUID().toString(), clock);

    @BeforeAll
    static void connect(SharedInfrastructure infrastructure) {
        client = MongoClients.create(infrastructure.mongoConnectionString());
        mongo = new ReactiveMongoTemplate(client, "notifications-delivery-backfill-" + UUID.randomUUID());
    }

    @AfterAll
    static void disconnect() {
        mongo.getMongoDatabase().flatMap(database -> Mono.from(database.drop())).block();
        client.close();
    }

    @Test
    void queuesThePendingDeliveriesOfThePreviousVersionOnceAndTheSweepDeliversThem() {
        new MongoEndpoints(mongo).add(new Endpoint("endpoint", BANK, URI.create("https://bank.example/hook"),
                List.of(EventTypes.APPLICATION_SUBMITTED), null, new WebhookSecret("whsec_" + "A".repeat(44)), now)).block();
        storeOld("old-due", DeliveryStatus.PENDING, now.minusSeconds(60));
        storeOld("old-later", DeliveryStatus.PENDING, now.plusSeconds(300));
        storeOld("old-succeeded", DeliveryStatus.SUCCEEDED, null);
        storeOld("already-queued", DeliveryStatus.PENDING, now.minusSeconds(60));
        mongo.insert(new QueuedDelivery("already-queued", "endpoint", now.plusSeconds(3600), now.minusSeconds(30))).block();

        Long queued = migrations.once(BACKFILL, deliveries::queueUnqueuedPending).block();

        assertThat(queued).isEqualTo(2L);
        assertThat(mongo.findById("already-queued", QueuedDelivery.class).block().dueAt()).isEqualTo(now.plusSeconds(3600));
        assertThat(deliveries.due(now, 100).collectList().block()).extracting(DueDelivery::id)
                .containsExactly("old-due");

        long attempted = delivering.sweep().block();

        assertThat(attempted).isEqualTo(1L);
        await().atMost(Duration.ofSeconds(30)).until(() -> status("old-due") == DeliveryStatus.SUCCEEDED);
        assertThat(received).containsExactly("https://bank.example/hook");

        clock.advance(Duration.ofMinutes(5));
        delivering.sweep().block();
        await().atMost(Duration.ofSeconds(30)).until(() -> status("old-later") == DeliveryStatus.SUCCEEDED);

        storeOld("stored-after-the-backfill", DeliveryStatus.PENDING, now.minusSeconds(60));
        Long second = migrations.once(BACKFILL, deliveries::queueUnqueuedPending).block();

        assertThat(second).isNull();
        assertThat(mongo.findById("stored-after-the-backfill", QueuedDelivery.class).block()).isNull();
    }

    private DeliveryStatus status(String id) {
        return mongo.findById(id, DeliveryDocument.class).block().status();
    }

    /** A delivery as the version without the queue stored it: no queue entry and no lease field. */
    private void storeOld(String id, DeliveryStatus status, @Nullable Instant nextAttemptAt) {
        var document = new Document("_id", id)
                .append("incubatorId", BANK.incubatorId()).append("organisationId", BANK.organisationId()).append("endpointId", "endpoint")
                .append("eventId", "event-" + id).append("eventType", EventTypes.APPLICATION_SUBMITTED).append("payload", "{}")
                .append("status", status.name()).append("attempts", List.of())
                .append("nextAttemptAt", nextAttemptAt == null ? null : Date.from(nextAttemptAt))
                .append("createdAt", Date.from(now.minusSeconds(3600)));
        mongo.insert(document, DeliveryDocument.COLLECTION).block();
    }
}
