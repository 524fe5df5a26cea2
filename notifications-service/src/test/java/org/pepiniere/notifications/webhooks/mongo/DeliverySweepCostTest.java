package org.pepiniere.notifications.webhooks.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.notifications.webhooks.Delivery;
import org.pepiniere.notifications.webhooks.Endpoint;
import org.pepiniere.notifications.webhooks.EndpointOwner;
import org.pepiniere.notifications.webhooks.WebhookEvent;
import org.pepiniere.notifications.webhooks.WebhookSecret;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.core.publisher.Flux;

/**
 * A sweep reads what is due, not the history: with 100,000 finished deliveries stored it still finds
 * exactly the few that are due. It prints what one sweep's read costs, for the record.
 */
@EmbeddedInfrastructure
class DeliverySweepCostTest {

    private static final int HISTORY = 100_000;
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final EndpointOwner BANK = new EndpointOwner("incubator", "bank");

    private static MongoClient client;
    private static ReactiveMongoTemplate mongo;

    @BeforeAll
    static void connect(SharedInfrastructure infrastructure) {
        client = MongoClients.create(infrastructure.mongoConnectionString());
        mongo = new ReactiveMongoTemplate(client, "notifications-sweep-cost-" + UUID.randomUUID());
    }

    @AfterAll
    static void disconnect() {
        mongo.getMongoDatabase().flatMap(database -> reactor.core.publisher.Mono.from(database.drop())).block();
        client.close();
    }

    @Test
    void findsTheDueDeliveriesAmongAHundredThousandFinishedOnes() {
        var deliveries = new MongoDeliveries(mongo, java.time.Duration.ofMinutes(1), java.time.Clock.systemUTC());
        Flux.range(0, HISTORY / 1000)
                .concatMap(batch -> mongo.insert(finished(batch), DeliveryDocument.COLLECTION).then())
                .blockLast();
        var endpoint = new Endpoint("endpoint", BANK, java.net.URI.create("https://bank.example/hook"),
                List.of(EventTypes.APPLICATION_SUBMITTED), null, new WebhookSecret("whsec_" + "A".repeat(44)), NOW);
        for (int i = 0; i < 10; i++) {
            var event = new WebhookEvent("due-" + i, EventTypes.APPLICATION_SUBMITTED, "incubator", NOW, Map.of());
            deliveries.add(Delivery.of(event, endpoint, "{}", NOW.minusSeconds(60))).block();
        }

        List<?> due = List.of();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 20; round++) {
            long start = System.nanoTime();
            due = deliveries.due(NOW, 100).collectList().block();
            best = Math.min(best, System.nanoTime() - start);
        }

        System.out.printf("Delivery sweep read with %,d finished deliveries stored: %.2f ms%n", HISTORY, best / 1e6);
        assertThat(due).hasSize(10);
    }

    private static List<Document> finished(int batch) {
        List<Document> documents = new ArrayList<>(1000);
        for (int i = 0; i < 1000; i++) {
            documents.add(new Document("_id", "old-" + batch + "-" + i)
                    .append("incubatorId", "incubator").append("organisationId", "bank").append("endpointId", "endpoint")
                    .append("eventId", "old-event-" + batch + "-" + i).append("eventType", EventTypes.APPLICATION_SUBMITTED)
                    .append("payload", "{}").append("status", "SUCCEEDED").append("attempts", List.of())
                    .append("nextAttemptAt", null).append("createdAt", Date.from(NOW.minusSeconds(3600))));
        }
        return documents;
    }
}
