package org.pepiniere.notifications.email.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

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
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.notifications.email.Email;
import org.pepiniere.notifications.email.EmailStatus;
import org.pepiniere.notifications.email.EmailTemplate;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The email sweep reads what is due, not the history: with many sent emails stored it still finds exactly
 * the few that are due. Each run prints what one sweep's read of the queue costs next to the read of all
 * emails the sweep made before the queue existed, for the record. The default build stores 10,000 sent
 * emails; the 100,000 of the benchmark profile ({@code -Pbenchmark}) take too long for every build.
 */
@EmbeddedInfrastructure
class EmailSweepCostTest {

    private static final int INSERT_BATCH = 10_000;
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

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
    void findsTheDueEmailsAmongTenThousandSentOnes() {
        assertThat(sweepReadWith(10_000)).hasSize(10);
    }

    @Test
    @Tag("benchmark")
    void findsTheDueEmailsAmongAHundredThousandSentOnes() {
        assertThat(sweepReadWith(100_000)).hasSize(10);
    }

    private List<String> sweepReadWith(int history) {
        var mongo = new ReactiveMongoTemplate(client, "notifications-email-sweep-cost-" + UUID.randomUUID());
        databases.add(mongo);
        var emails = new MongoEmails(mongo, Duration.ofMinutes(1), Clock.systemUTC());
        Flux.range(0, history / INSERT_BATCH)
                .concatMap(batch -> mongo.insert(sent(batch), EmailDocument.COLLECTION).then())
                .blockLast();
        for (int i = 0; i < 10; i++) {
            emails.add(Email.toSend("due-" + i, "incubator", "founder", EmailTemplate.APPLICATION_RECEIVED,
                    Map.of(EmailTemplate.STARTUP_NAME, "ChimieVerte"), NOW.minusSeconds(60))).block();
        }
        var allEmailsRead = Query.query(where("status").is(EmailStatus.PENDING.name()).and("nextAttemptAt").lte(NOW)).limit(100);

        List<String> due = emails.due(NOW, 100).collectList().block();
        double queueMillis = bestOfTwenty(() -> emails.due(NOW, 100).collectList().block());
        double allEmailsMillis = bestOfTwenty(() -> mongo.find(allEmailsRead, EmailDocument.class).collectList().block());

        System.out.printf("Email sweep read with %,d sent emails stored: queue %.2f ms, all emails %.2f ms%n",
                history, queueMillis, allEmailsMillis);
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

    private static List<Document> sent(int batch) {
        List<Document> documents = new ArrayList<>(INSERT_BATCH);
        for (int i = 0; i < INSERT_BATCH; i++) {
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
