package org.pepiniere.deploy.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;

/**
 * Past records written straight into the MongoDB-wire server, in the shapes the services store (their
 * {@code mongo} document records as Spring Data writes them): submitted applications whose outbox is
 * empty, and in notifications the sent emails, the in-app notifications and the succeeded webhook
 * deliveries. Nothing of it is due any more, as after months of use: a sweep that reads only what is
 * due does not see them. (The projections in mentoring and funding and the processed event ids are
 * only ever read by id, so they are left out to keep the seeding short.)
 */
final class History {

    private static final int BATCH = 1_000;
    private static final String INCUBATOR = "imt-mines-ales-enscm";

    private History() {
    }

    /** Seeds {@code count} past submissions with everything that followed them; the time it took. */
    static Duration seed(String connectionString, int count) {
        long begin = System.nanoTime();
        Instant longAgo = Instant.now().minus(Duration.ofDays(400));
        try (MongoClient client = MongoClients.create(connectionString)) {
            List<Past> past = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                past.add(new Past(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "past-founder-" + (i % 5_000),
                        longAgo.plusSeconds(i * 60L)));
            }
            List<Runnable> collections = new ArrayList<>();
            collections.add(() -> insert(client.getDatabase("pepiniere-applications").getCollection("applications"), count,
                    i -> application(past.get(i))));
            var notifications = client.getDatabase("pepiniere-notifications");
            collections.add(() -> insert(notifications.getCollection("emails"), count, i -> email(past.get(i))));
            collections.add(() -> insert(notifications.getCollection("notifications"), count, i -> notification(past.get(i))));
            collections.add(() -> insert(notifications.getCollection("webhook_deliveries"), count, i -> delivery(past.get(i))));
            // one collection per thread: the server works on several collections at once
            ExecutorService pool = Executors.newFixedThreadPool(collections.size());
            try {
                CompletableFuture.allOf(collections.stream().map(c -> CompletableFuture.runAsync(c, pool))
                        .toArray(CompletableFuture[]::new)).join();
            } finally {
                pool.shutdownNow();
            }
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    private record Past(String applicationId, String eventId, String founderId, Instant submittedAt) {
    }

    private static void insert(MongoCollection<Document> collection, int count, IntFunction<Document> document) {
        for (int from = 0; from < count; from += BATCH) {
            List<Document> batch = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(count, from + BATCH); i++) {
                batch.add(document.apply(i));
            }
            collection.insertMany(batch, new InsertManyOptions().ordered(false));
        }
    }

    private static Document application(Past past) {
        return new Document("_id", past.applicationId())
                .append("incubatorId", INCUBATOR)
                .append("founderId", past.founderId())
                .append("startupName", "Archive " + past.applicationId().substring(0, 8))
                .append("summary", "Une candidature d'une promotion passée, gardée pour l'historique.")
                .append("sector", "CHEMISTRY")
                .append("stage", "PROTOTYPE")
                .append("amountSoughtCents", 15_000_000L)
                .append("currency", "EUR")
                .append("answers", new Document())
                .append("team", List.of())
                .append("status", "SUBMITTED")
                .append("createdAt", Date.from(past.submittedAt().minusSeconds(3_600)))
                .append("submittedAt", Date.from(past.submittedAt()))
                .append("version", 2L)
                .append("outbox", List.of())
                .append("_class", "org.pepiniere.applications.applying.mongo.ApplicationDocument");
    }



    private static Document email(Past past) {
        Date at = Date.from(past.submittedAt().plusMillis(100));
        return new Document("_id", UUID.randomUUID().toString())
                .append("incubatorId", INCUBATOR)
                .append("recipientId", past.founderId())
                .append("template", "APPLICATION_RECEIVED")
                .append("parameters", new Document("startupName", "Archive " + past.applicationId().substring(0, 8)))
                .append("status", "SENT")
                .append("failedAttempts", 0)
                .append("nextAttemptAt", at)
                .append("waitingForRecipient", false)
                .append("createdAt", at)
                .append("sentAt", at)
                .append("_class", "org.pepiniere.notifications.email.mongo.EmailDocument");
    }

    private static Document notification(Past past) {
        return new Document("_id", UUID.randomUUID().toString())
                .append("incubatorId", INCUBATOR)
                .append("recipientId", past.founderId())
                .append("kind", "APPLICATION_RECEIVED")
                .append("parameters", new Document("startupName", "Archive " + past.applicationId().substring(0, 8)))
                .append("createdAt", Date.from(past.submittedAt().plusMillis(100)))
                .append("read", true)
                .append("_class", "org.pepiniere.notifications.feed.mongo.NotificationDocument");
    }

    private static Document delivery(Past past) {
        Date at = Date.from(past.submittedAt().plusMillis(100));
        String payload = "{\"type\":\"org.pepiniere.application.submitted.v1\",\"timestamp\":\"" + past.submittedAt()
                + "\",\"data\":{\"startupRef\":\"" + past.applicationId() + "\",\"incubatorId\":\"" + INCUBATOR + "\",\"decision\":null}}";
        return new Document("_id", UUID.randomUUID().toString())
                .append("incubatorId", INCUBATOR)
                .append("organisationId", "credit-agricole-demo")
                .append("endpointId", "past-endpoint")
                .append("eventId", past.eventId())
                .append("eventType", "org.pepiniere.application.submitted.v1")
                .append("payload", payload)
                .append("status", "SUCCEEDED")
                .append("attempts", List.of(new Document("at", at).append("httpStatus", 204).append("durationMillis", 12L)))
                .append("createdAt", at)
                .append("_class", "org.pepiniere.notifications.webhooks.mongo.DeliveryDocument");
    }
}
