package org.pepiniere.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

/**
 * Through the real driver, a collection with secondary indexes answers every query as the same collection
 * without them, which mongo-java-server answers by matching every document: while documents are written,
 * changed and removed, and after the server opens its file again and builds its indexes anew. Then a queue's
 * sweep for what is due costs the same whatever the size of the queue (printed, not asserted).
 */
class SecondaryIndexQueriesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final List<String> RECIPIENTS = List.of("r-1", "r-2", "r-3", "r-4");
    private static final List<String> TYPES = List.of("ApplicationSubmitted", "StartupAdmitted", "FundingGranted");

    @TempDir
    Path dataDir;

    private final Random random = new Random(20261201);

    @Test
    void answersAsAFullReadWhileWrittenAndAfterReopening() {
        try (var server = MongoWireServer.persistent(dataDir, 0); var client = MongoClients.create(server.connectionString())) {
            writeAndCompare(client);
        }
        try (var server = MongoWireServer.persistent(dataDir, 0); var client = MongoClients.create(server.connectionString())) {
            var indexed = collection(client, "indexed");
            var plain = collection(client, "plain");
            assertSameAnswers(indexed, plain);
            write(List.of(indexed, plain), 100);
            assertSameAnswers(indexed, plain);
            assertEveryIndexWasBuiltAndUsed(client);
        }
    }

    /** An index counts its entries once a query built it: else the answers above came from full reads alone. */
    private static void assertEveryIndexWasBuiltAndUsed(MongoClient client) {
        var validation = client.getDatabase("notifications").runCommand(new Document("validate", "indexed"));
        var keysPerIndex = validation.get("keysPerIndex", Document.class);
        assertThat(keysPerIndex.keySet()).containsExactlyInAnyOrder("_id_", "dueAt_1", "recipientId_1_createdAt_-1",
                "incubatorId_1_eventTypes_1");
        keysPerIndex.forEach((index, keys) -> assertThat(((Number) keys).longValue()).as(index).isPositive());
    }

    @Test
    void answersAsAFullReadInTheTestsInMemoryBackend() {
        try (var server = MongoWireServer.inMemory(0); var client = MongoClients.create(server.connectionString())) {
            writeAndCompare(client);
        }
    }

    private void writeAndCompare(MongoClient client) {
        var indexed = collection(client, "indexed");
        indexed.createIndex(Indexes.ascending("dueAt"));
        indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("recipientId"), Indexes.descending("createdAt")));
        indexed.createIndex(Indexes.ascending("incubatorId", "eventTypes"));
        var plain = collection(client, "plain");
        for (int round = 0; round < 6; round++) {
            write(List.of(indexed, plain), 150);
            assertSameAnswers(indexed, plain);
        }
        assertEveryIndexWasBuiltAndUsed(client);
    }

    @Test
    void refusesADocumentWithTwoArraysInOneKeyAndStoresNothing() {
        try (var server = MongoWireServer.persistent(dataDir, 0); var client = MongoClients.create(server.connectionString())) {
            var endpoints = collection(client, "endpoints");
            endpoints.createIndex(Indexes.ascending("eventTypes", "organisationIds"));
            endpoints.insertOne(new Document("_id", "e-1").append("eventTypes", List.of("A")).append("organisationIds", "o"));
            assertThat(endpoints.find(Filters.eq("eventTypes", "A")).into(new ArrayList<>())).hasSize(1);

            assertThatThrownBy(() -> endpoints.insertOne(new Document("_id", "e-2").append("eventTypes", List.of("A"))
                    .append("organisationIds", List.of("o", "p")))).isInstanceOf(MongoWriteException.class);
            assertThat(endpoints.countDocuments()).isEqualTo(1);
            assertThat(endpoints.find(Filters.eq("eventTypes", "A")).into(new ArrayList<>())).hasSize(1);
        }
    }

    @Test
    void sweepsADueQueueInTimeThatDoesNotGrowWithTheQueue() {
        try (var server = MongoWireServer.persistent(dataDir, 0); var client = MongoClients.create(server.connectionString())) {
            var indexed = collection(client, "queue_indexed");
            indexed.createIndex(Indexes.ascending("dueAt"));
            var plain = collection(client, "queue_plain");
            for (int size : List.of(1_000, 20_000)) {
                fillQueue(indexed, plain, size);
                double withIndex = millisPerSweep(indexed);
                double withoutIndex = millisPerSweep(plain);
                System.out.printf("A sweep of the first 200 due in a queue of %,d, 100 of them due: %.2f ms with the index, "
                        + "%.2f ms reading the whole queue (%.1f times)%n", size, withIndex, withoutIndex, withoutIndex / withIndex);
                assertThat(sweep(indexed)).isEqualTo(sweep(plain)).hasSize(100);
            }
        }
    }

    private static MongoCollection<Document> collection(MongoClient client, String name) {
        return client.getDatabase("notifications").getCollection(name);
    }

    private void write(List<MongoCollection<Document>> both, int operations) {
        for (int i = 0; i < operations; i++) {
            int kind = random.nextInt(10);
            String id = "n-" + random.nextInt(400);
            if (kind < 5) {
                var document = randomDocument(id);
                both.forEach(c -> c.replaceOne(Filters.eq("_id", id), document,
                        new com.mongodb.client.model.ReplaceOptions().upsert(true)));
            } else if (kind < 8) {
                var change = Updates.combine(Updates.set("dueAt", at(random.nextInt(600) - 300)),
                        Updates.set("recipientId", pick(RECIPIENTS)));
                both.forEach(c -> c.updateOne(Filters.eq("_id", id), change));
            } else if (kind < 9) {
                both.forEach(c -> c.deleteOne(Filters.eq("_id", id)));
            } else {
                var due = Filters.lte("dueAt", at(random.nextInt(100) - 200));
                both.forEach(c -> c.updateMany(due, Updates.set("dueAt", at(400))));
            }
        }
    }

    private Document randomDocument(String id) {
        var document = new Document("_id", id).append("incubatorId", random.nextBoolean() ? "imt" : "enscm")
                .append("createdAt", at(random.nextInt(50)));
        if (random.nextInt(8) > 0) {
            document.append("recipientId", pick(RECIPIENTS));
        }
        if (random.nextInt(6) > 0) {
            // numbers now and then, as an older version might have stored
            document.append("dueAt", random.nextInt(10) > 0 ? at(random.nextInt(600) - 300) : random.nextInt(5));
        }
        int types = random.nextInt(3);
        document.append("eventTypes", types == 0 ? List.of() : random.ints(types, 0, TYPES.size()).mapToObj(TYPES::get).toList());
        return document;
    }

    private void assertSameAnswers(MongoCollection<Document> indexed, MongoCollection<Document> plain) {
        var queries = new ArrayList<Query>();
        for (int t : List.of(-250, -50, 0, 120, 350)) {
            queries.add(new Query(Filters.lte("dueAt", at(t)), Sorts.ascending("dueAt"), 10));
            queries.add(new Query(Filters.lte("dueAt", at(t)), Sorts.ascending("dueAt"), 0));
            queries.add(new Query(Filters.and(Filters.gt("dueAt", at(t - 100)), Filters.lt("dueAt", at(t))), null, 0));
            queries.add(new Query(Filters.gte("dueAt", at(t)), Sorts.descending("dueAt"), 7));
        }
        queries.add(new Query(Filters.lt("dueAt", 3), Sorts.ascending("dueAt"), 0));
        for (String recipient : RECIPIENTS) {
            queries.add(new Query(Filters.eq("recipientId", recipient), Sorts.descending("createdAt"), 5));
            queries.add(new Query(Filters.eq("recipientId", recipient), Sorts.ascending("createdAt"), 0));
            queries.add(new Query(Filters.and(Filters.eq("recipientId", recipient), Filters.gte("createdAt", at(25))),
                    Sorts.descending("createdAt"), 0));
            queries.add(new Query(Filters.and(Filters.eq("recipientId", recipient), Filters.eq("incubatorId", "imt")),
                    Sorts.ascending("dueAt"), 3));
        }
        for (String type : TYPES) {
            queries.add(new Query(Filters.and(Filters.eq("incubatorId", "imt"), Filters.eq("eventTypes", type)), null, 0));
        }
        queries.add(new Query(Filters.eq("incubatorId", "enscm"), Sorts.ascending("eventTypes"), 0));
        for (var query : queries) {
            assertThat(query.run(indexed)).as(query.toString()).isEqualTo(query.run(plain));
            assertThat(indexed.countDocuments(query.filter())).as("count " + query).isEqualTo(plain.countDocuments(query.filter()));
        }
    }

    /** A query and its sort, answered with {@code _id} last in the sort so that ties come in one order. */
    private record Query(Bson filter, Bson sort, int limit) {

        List<Document> run(MongoCollection<Document> collection) {
            var sorted = sort == null ? Sorts.ascending("_id") : Sorts.orderBy(sort, Sorts.ascending("_id"));
            var found = collection.find(filter).sort(sorted).limit(limit).into(new ArrayList<>());
            // and without the tie-breaker, which the index may give itself: the same documents
            var unbroken = collection.find(filter).sort(sort).limit(limit).into(new ArrayList<>());
            assertThat(unbroken).as("without tie-breaker " + this).hasSize(found.size());
            return found;
        }
    }

    private static void fillQueue(MongoCollection<Document> indexed, MongoCollection<Document> plain, int size) {
        var batch = new ArrayList<Document>();
        for (long i = indexed.countDocuments(); i < size; i++) {
            // a hundred due, the others waiting for a retry of a dead bank
            var dueAt = i < 100 ? at((int) -i) : at((int) (60 + i % 3_600));
            batch.add(new Document("_id", "d-" + i).append("endpointId", "e-" + i % 7).append("dueAt", dueAt));
            if (batch.size() == 1_000) {
                indexed.insertMany(batch);
                plain.insertMany(batch);
                batch.clear();
            }
        }
    }

    private static double millisPerSweep(MongoCollection<Document> queue) {
        sweep(queue);
        int sweeps = 20;
        long start = System.nanoTime();
        for (int i = 0; i < sweeps; i++) {
            sweep(queue);
        }
        return (System.nanoTime() - start) / 1e6 / sweeps;
    }

    private static List<Document> sweep(MongoCollection<Document> queue) {
        return queue.find(Filters.lte("dueAt", at(0))).sort(Sorts.ascending("dueAt")).limit(200).into(new ArrayList<>());
    }

    private static Date at(int seconds) {
        return Date.from(NOW.plusSeconds(seconds));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
