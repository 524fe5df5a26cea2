package org.pepiniere.notifications.email.mongo;

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
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.notifications.email.Email;
import org.pepiniere.notifications.email.EmailTemplate;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The email sweep reads what is due, not the history: with 100,000 sent emails stored it still finds
 * exactly the few that are due. It prints what one sweep's read costs, for the record.
 */
@EmbeddedInfrastructure
class EmailSweepCostTest {

    private static final int HISTORY = 100_000;
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static MongoClient client;
    private static ReactiveMongoTemplate mongo;

    @BeforeAll
    static void connect(SharedInfrastructure infrastructure) {
        client = MongoClients.create(infrastructure.mongoConnectionString());
        mongo = new ReactiveMongoTemplate(client, "notifications-email-sweep-cost-" + UUID.randomUUID());
    }

    @AfterAll
    static void disconnect() {
        mongo.getMongoDatabase().flatMap(database -> Mono.from(database.drop())).block();
        client.close();
    }

    @Test
    void findsTheDueEmailsAmongAHundredThousandSentOnes() {
        var emails = new MongoEmails(mongo, java.time.Duration.ofMinutes(1), java.time.Clock.systemUTC());
        Flux.range(0, HISTORY / 1000)
                .concatMap(batch -> mongo.insert(sent(batch), EmailDocument.COLLECTION).then())
                .blockLast();
        for (int i = 0; i < 10; i++) {
            emails.add(Email.toSend("due-" + i, "incubator", "founder", EmailTemplate.APPLICATION_RECEIVED,
                    Map.of(EmailTemplate.STARTUP_NAME, "ChimieVerte"), NOW.minusSeconds(60))).block();
        }

        List<String> due = List.of();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 20; round++) {
            long start = System.nanoTime();
            due = emails.due(NOW, 100).collectList().block();
            best = Math.min(best, System.nanoTime() - start);
        }

        System.out.printf("Email sweep read with %,d sent emails stored: %.2f ms%n", HISTORY, best / 1e6);
        assertThat(due).hasSize(10);
    }

    private static List<Document> sent(int batch) {
        List<Document> documents = new ArrayList<>(1000);
        for (int i = 0; i < 1000; i++) {
            documents.add(new Document("_id", "old-" + batch + "-" + i)
                    .append("incubatorId", "incubator").append("recipientId", "founder").append("template", "APPLICATION_RECEIVED")
                    .append("parameters", new Document(EmailTemplate.STARTUP_NAME, "Ancienne")).append("status", "SENT")
                    .append("failedAttempts", 0).append("nextAttemptAt", Date.from(NOW.minusSeconds(3600)))
                    .append("waitingForRecipient", false).append("createdAt", Date.from(NOW.minusSeconds(3600)))
                    .append("sentAt", Date.from(NOW.minusSeconds(3600))).append("lastError", null));
        }
        return documents;
    }
}
