package org.pepiniere.notifications.webhooks.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.notifications.webhooks.Delivery;
import org.pepiniere.notifications.webhooks.DeliveryStatus;
import org.pepiniere.notifications.webhooks.DueDelivery;
import org.pepiniere.notifications.webhooks.Endpoint;
import org.pepiniere.notifications.webhooks.EndpointOwner;
import org.pepiniere.notifications.webhooks.WebhookEvent;
import org.pepiniere.notifications.webhooks.WebhookSecret;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A sweep reads what is due, not the history: with many finished deliveries stored it still finds exactly
 * the few that are due. Each run prints what one sweep's read of the queue costs next to the read of the
 * delivery log the sweep made before the queue existed, for the record. The default build stores 10,000
 * finished deliveries; the 100,000 of the benchmark profile ({@code -Pbenchmark}) take too long for every build.
 */
@EmbeddedInfrastructure
class DeliverySweepCostTest {

    private static final int INSERT_BATCH = 10_000;
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final EndpointOwner BANK = new EndpointOwner("incubator", "bank");

    private static MongoClient client;

    private final List<ReactiveMongoTemplate> databases = new ArrayList<>();

    @BeforeAll
    static void connect(SharedInfrastructure infrastructure) {
        client = MongoClients.create(infrastructure.mongoConnectionString());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @AfterEach
    void drop() {
        databases.forEach(mongo -> mongo.getMongoDatabase().flatMap(database -> Mono.from(database.drop())).block());
    }

    @Test
    void findsTheDueDeliveriesAmongTenThousandFinishedOnes() {
        assertThat(sweepReadWith(10_000)).hasSize(10);
    }

    @Test
    @Tag("benchmark")
    void findsTheDueDeliveriesAmongAHundredThousandFinishedOnes() {
        assertThat(sweepReadWith(100_000)).hasSize(10);
    }

    private List<DueDelivery> sweepReadWith(int history) {
        var mongo = new ReactiveMongoTemplate(client, "notifications-sweep-cost-" + UUID.randomUUID());
        databases.add(mongo);
        var deliveries = new MongoDeliveries(mongo, Duration.ofMinutes(1), Clock.systemUTC());
        Flux.range(0, history / INSERT_BATCH)
                .concatMap(batch -> mongo.insert(finished(batch), DeliveryDocument.COLLECTION).then())
                .blockLast();
        var endpoint = new Endpoint("endpoint", BANK, URI.create("https://bank.example/hook"),
                List.of(EventTypes.APPLICATION_SUBMITTED), null, new WebhookSecret("whsec_" + "A".repeat(44)), NOW);
        for (int i = 0; i < 10; i++) {
            var event = new WebhookEvent("due-" + i, EventTypes.APPLICATION_SUBMITTED, "incubator", NOW, Map.of());
            deliveries.add(Delivery.of(event, endpoint, "{}", NOW.minusSeconds(60))).block();
        }
        var logRead = Query.query(where("status").is(DeliveryStatus.PENDING.name()).and("nextAttemptAt").lte(NOW)).limit(100);

        List<DueDelivery> due = deliveries.due(NOW, 100).collectList().block();
        double queueMillis = bestOfTwenty(() -> deliveries.due(NOW, 100).collectList().block());
        double logMillis = bestOfTwenty(() -> mongo.find(logRead, DeliveryDocument.class).collectList().block());

        System.out.printf("Delivery sweep read with %,d finished deliveries stored: queue %.2f ms, delivery log %.2f ms%n",
                history, queueMillis, logMillis);
        return due;
    }

    private static double bestOfTwenty(Runnable read) {
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 20; round++) {
            long start = System.nanoTime();
            read.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best / 1e6;
    }

    private static List<Document> finished(int batch) {
        List<Document> documents = new ArrayList<>(INSERT_BATCH);
        for (int i = 0; i < INSERT_BATCH; i++) {
            documents.add(new Document("_id", "old-" + batch + "-" + i)
                    .append("incubatorId", "incubator").append("organisationId", "bank").append("endpointId", "endpoint")
                    .append("eventId", "old-event-" + batch + "-" + i).append("eventType", EventTypes.APPLICATION_SUBMITTED)
                    .append("payload", "{}").append("status", "SUCCEEDED").append("attempts", List.of())
                    .append("nextAttemptAt", null).append("createdAt", Date.from(NOW.minusSeconds(3600))));
        }
        return documents;
    }
}
