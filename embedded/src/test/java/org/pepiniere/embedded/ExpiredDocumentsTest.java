package org.pepiniere.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.MongoServer;

/**
 * Through the real driver, the documents of a TTL index expire as in MongoDB: those whose date is older than
 * {@code expireAfterSeconds}, and no other, in batches, once; what an index without {@code expireAfterSeconds}
 * covers stays.
 */
class ExpiredDocumentsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dataDir;

    private IdFirstH2Backend backend;
    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void start() {
        MVStore store = new MVStore.Builder().fileName(dataDir.resolve("pepiniere.mv").toString()).open();
        backend = new IdFirstH2Backend(store, false);
        server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", 0), 1, 1);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void deletesWhatItsTtlIndexExpiredAndNothingElse() {
        MongoCollection<Document> processed = client.getDatabase("notifications").getCollection("processed_events");
        processed.createIndex(Indexes.ascending("processedAt"), new IndexOptions().expireAfter(3_600L, TimeUnit.SECONDS));
        MongoCollection<Document> deliveries = client.getDatabase("notifications").getCollection("webhook_deliveries");
        deliveries.createIndex(Indexes.ascending("createdAt"));
        var expired = new ArrayList<Document>();
        for (int i = 0; i < 2_500; i++) {
            expired.add(new Document("_id", "old-" + i).append("processedAt", at(-7_200 - i)));
        }
        processed.insertMany(expired);
        processed.insertMany(List.of(
                new Document("_id", "recent").append("processedAt", at(-600)),
                new Document("_id", "just-before-expiry").append("processedAt", at(-3_599)),
                // a held-back aggregate: no date, kept until released
                new Document("_id", "blocked"),
                new Document("_id", "not-a-date").append("processedAt", "2020-01-01"),
                // the earliest date of an array decides, as in MongoDB
                new Document("_id", "array").append("processedAt", List.of(at(-7_200), at(-60)))));
        deliveries.insertOne(new Document("_id", "d-1").append("createdAt", at(-86_400 * 365)));

        int deleted = backend.expireDocuments(NOW);
        int again = backend.expireDocuments(NOW);

        assertThat(deleted).isEqualTo(2_501);
        assertThat(again).isZero();
        assertThat(processed.find().map(document -> document.getString("_id")).into(new ArrayList<>()))
                .containsExactlyInAnyOrder("recent", "just-before-expiry", "blocked", "not-a-date");
        assertThat(deliveries.countDocuments()).isEqualTo(1);
    }

    @Test
    void expiresInACollectionOpenedFromTheFileAgain() {
        MongoCollection<Document> processed = client.getDatabase("funding").getCollection("processed_events");
        processed.createIndex(Indexes.ascending("processedAt"), new IndexOptions().expireAfter(60L, TimeUnit.SECONDS));
        processed.insertOne(new Document("_id", "old").append("processedAt", at(-120)));
        processed.insertOne(new Document("_id", "new").append("processedAt", at(0)));
        stop();
        start();
        processed = client.getDatabase("funding").getCollection("processed_events");

        assertThat(backend.expireDocuments(NOW)).isEqualTo(1);
        assertThat(processed.find().map(document -> document.getString("_id")).into(new ArrayList<>())).containsExactly("new");
    }

    private static Date at(int seconds) {
        return Date.from(NOW.plusSeconds(seconds));
    }
}
