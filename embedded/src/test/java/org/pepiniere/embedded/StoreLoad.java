package org.pepiniere.embedded;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ObjLongConsumer;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * The load that corrupted the H2 store in the pipeline benchmark, written through the real driver: one
 * writer per collection inserting documents of about 1 KB in batches, as the benchmark's history is
 * seeded, then changing some of them with {@code $set} and {@code $inc} as the services do; meanwhile a
 * reader scans whole collections, as the periodic sweeps of the running services did.
 * <p>
 * Documents of a collection are {@code <collection>-<n>}, inserted in the order of {@code n}; each
 * {@code $inc} adds one to the {@code attempts} of a document: after a clean stop, the sum of
 * {@code attempts} of a collection is the number of increments acknowledged.
 */
final class StoreLoad {

    static final String DATABASE = "pepiniere-load";
    static final List<String> COLLECTIONS = List.of("applications", "emails", "notifications", "webhook_deliveries");
    static final int BATCH = 500;
    /** Changes written after each inserted batch, each to an earlier document of the batch. */
    static final int CHANGES_PER_BATCH = 50;

    private static final String PAYLOAD = "Solvants biosourcés issus des marcs de raisin, procédé breveté. ".repeat(12);

    /** What the writers had acknowledged, and what went wrong on any connection, the scans included. */
    record Outcome(Map<String, Long> inserted, Map<String, Long> increments, List<Throwable> failures, long millis) {

        long documents() {
            return inserted.values().stream().mapToLong(Long::longValue).sum();
        }

        long writes() {
            return documents() + increments.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private StoreLoad() {
    }

    /**
     * Writes {@code perCollection} documents to each collection, and their changes; {@code onBatch} hears each
     * acknowledged batch of a collection with the number of its documents acknowledged so far.
     */
    static Outcome write(String connectionString, int perCollection, boolean scanning, ObjLongConsumer<String> onBatch) {
        long begin = System.nanoTime();
        Map<String, Long> inserted = new ConcurrentHashMap<>();
        Map<String, Long> increments = new ConcurrentHashMap<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(COLLECTIONS.size() + 1);
        try (MongoClient client = MongoClients.create(connectionString)) {
            var database = client.getDatabase(DATABASE);
            List<Future<?>> writers = new ArrayList<>();
            for (String name : COLLECTIONS) {
                writers.add(pool.submit(() -> {
                    try {
                        fill(database.getCollection(name), name, perCollection, inserted, increments, onBatch);
                    } catch (RuntimeException | Error e) {
                        failures.add(e);
                    }
                }));
            }
            Future<?> scans = pool.submit(() -> {
                while (scanning && writing.get()) {
                    for (String name : COLLECTIONS) {
                        try {
                            // no index on status: the whole collection is read, as by a sweep
                            database.getCollection(name).find(Filters.eq("status", "DUE")).into(new ArrayList<>());
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                }
            });
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            scans.get();
        } catch (Exception e) {
            failures.add(e);
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(Map.copyOf(inserted), Map.copyOf(increments), List.copyOf(failures),
                (System.nanoTime() - begin) / 1_000_000);
    }

    private static void fill(MongoCollection<Document> collection, String name, int count, Map<String, Long> inserted,
            Map<String, Long> increments, ObjLongConsumer<String> onBatch) {
        AtomicLong changes = new AtomicLong();
        for (int from = 0; from < count; from += BATCH) {
            List<Document> batch = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(count, from + BATCH); i++) {
                batch.add(document(name, i));
            }
            collection.insertMany(batch);
            inserted.put(name, (long) from + batch.size());
            onBatch.accept(name, from + batch.size());
            for (int change = 0; change < CHANGES_PER_BATCH; change++) {
                int target = from + (change * 7) % batch.size();
                collection.updateOne(Filters.eq("_id", id(name, target)),
                        Updates.combine(Updates.set("status", "SENT"), Updates.inc("attempts", 1)));
                increments.put(name, changes.incrementAndGet());
            }
        }
    }

    static String id(String collection, long n) {
        return collection + "-" + n;
    }

    static Document document(String collection, int n) {
        return new Document("_id", id(collection, n))
                .append("n", n)
                .append("incubatorId", "imt-mines-ales-enscm")
                .append("founderId", "founder-" + (n % 5_000))
                .append("status", "PENDING")
                .append("attempts", 0)
                .append("summary", PAYLOAD);
    }

    /**
     * Starts the H2 server on {@code args[0]} and writes {@code args[1]} documents to each collection, printing
     * each acknowledged batch, unless killed before.
     */
    public static void main(String[] args) {
        try (MongoWireServer server = MongoWireServer.persistent(java.nio.file.Path.of(args[0]), 0)) {
            System.out.println("started");
            Outcome outcome = write(server.connectionString(), Integer.parseInt(args[1]), true,
                    (collection, acknowledged) -> System.out.println("acked " + collection + " " + acknowledged));
            outcome.failures().forEach(Throwable::printStackTrace);
            System.out.println("done " + outcome.failures().size());
        }
    }
}
