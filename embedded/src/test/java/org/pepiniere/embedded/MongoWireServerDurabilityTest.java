package org.pepiniere.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClients;

/**
 * The H2 store keeps what it acknowledged under the load of the pipeline benchmark's seeding, across a
 * restart, and keeps every acknowledged write when its process is killed while writing. The write throughput
 * is printed, not asserted: machines here are noisy.
 */
class MongoWireServerDurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsEveryAcknowledgedWriteOfAConcurrentLoadAcrossARestart() {
        keepsEveryAcknowledgedWrite(5_000, store -> { });
    }

    /**
     * H2 keeps a chunk it no longer needs for 45 s after it was written; then a whole-collection read that
     * started on an older version may find it gone. Freeing chunks at once shows in seconds what a longer
     * run shows after a minute.
     */
    @Test
    void keepsEveryAcknowledgedWriteWhenUnusedChunksAreFreedAtOnce() {
        keepsEveryAcknowledgedWrite(5_000, store -> store.setRetentionTime(0));
    }

    /** The size of the benchmark's history: four collections of 100,000 documents. */
    @Test
    @Tag("benchmark")
    void keepsEveryAcknowledgedWriteOfTheBenchmarkHistoryAcrossARestart() {
        keepsEveryAcknowledgedWrite(100_000, store -> { });
    }

    /**
     * What writing each change to the file before its acknowledgement costs: the same load with H2's own
     * once-a-second writes first, then with a commit per write, in this process. Prints both and their ratio.
     */
    @Test
    @Tag("benchmark")
    void measuresWhatACommitPerAcknowledgedWriteCosts() {
        try (MongoWireServer warmUp = MongoWireServer.inMemory(0)) {
            StoreLoad.write(warmUp.connectionString(), 2_000, false, (collection, acked) -> { });
        }
        double baseline = writesPerSecond(dataDir.resolve("baseline"), false);
        double each = writesPerSecond(dataDir.resolve("each-write"), true);
        System.out.printf("H2 store, 4 writers: %,.0f writes a second with a commit a second, %,.0f with a commit per write"
                + " (ratio %.2f)%n", baseline, each, each / baseline);
    }

    private static double writesPerSecond(Path dir, boolean commitEachWrite) {
        try (MongoWireServer server = MongoWireServer.persistent(dir, 0, commitEachWrite)) {
            StoreLoad.Outcome outcome = StoreLoad.write(server.connectionString(), 20_000, false, (collection, acked) -> { });
            assertThat(outcome.failures()).isEmpty();
            return outcome.writes() * 1000.0 / outcome.millis();
        }
    }

    private void keepsEveryAcknowledgedWrite(int perCollection, Consumer<MVStore> tuning) {
        StoreLoad.Outcome outcome;
        try (MongoWireServer server = MongoWireServer.persistent(dataDir, 0)) {
            tuning.accept(server.store());
            outcome = StoreLoad.write(server.connectionString(), perCollection, true, (collection, acknowledged) -> { });
        }
        System.out.printf("H2 store: %,d documents and %,d changes written in %,d ms by %d writers while scanning: %,.0f writes a second%n",
                outcome.documents(), outcome.writes() - outcome.documents(), outcome.millis(), StoreLoad.COLLECTIONS.size(),
                outcome.writes() * 1000.0 / outcome.millis());

        assertThat(outcome.failures()).isEmpty();
        Map<String, Stored> stored = readBack(dataDir);
        for (String collection : StoreLoad.COLLECTIONS) {
            assertThat(stored.get(collection)).as(collection)
                    .isEqualTo(new Stored(perCollection, perCollection - 1, outcome.increments().get(collection), 0));
        }
    }

    @Test
    void opensAgainWithAConsistentHistoryAfterItsProcessIsKilledWhileWriting() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), StoreLoad.class.getName(),
                dataDir.toString(), "1000000")
                .redirectErrorStream(true)
                .start();
        Map<String, Long> acknowledged = new HashMap<>();
        try (var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long total = 0;
            // killed in the middle of the load: some batches acknowledged, others in flight
            while (total < 20_000 && (line = lines.readLine()) != null) {
                if (line.startsWith("acked ")) {
                    String[] parts = line.split(" ");
                    acknowledged.put(parts[1], Long.parseLong(parts[2]));
                    total = acknowledged.values().stream().mapToLong(Long::longValue).sum();
                } else if (!line.equals("started")) {
                    System.out.println("child: " + line);
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Map<String, Stored> stored = readBack(dataDir);

        for (String collection : StoreLoad.COLLECTIONS) {
            Stored found = stored.get(collection);
            long acked = acknowledged.getOrDefault(collection, 0L);
            System.out.printf("Killed while writing %s: %,d documents acknowledged, %,d found after reopening%n",
                    collection, acked, found.count());
            // inserted in order by one writer: what survived is a prefix of what was written, whole documents
            assertThat(found.highest()).as(collection).isEqualTo(found.count() - 1);
            assertThat(found.damaged()).as(collection).isZero();
            // each batch is written to the file before its acknowledgement: none acknowledged is lost
            assertThat(found.count()).as(collection).isGreaterThanOrEqualTo(acked);
        }
    }

    /** Per collection: its documents, the highest {@code n}, the sum of {@code attempts}, and documents not whole. */
    record Stored(long count, long highest, long attempts, long damaged) {
    }

    private static Map<String, Stored> readBack(Path dataDir) {
        Map<String, Stored> stored = new HashMap<>();
        try (MongoWireServer reopened = MongoWireServer.persistent(dataDir, 0);
             var client = MongoClients.create(reopened.connectionString())) {
            var database = client.getDatabase(StoreLoad.DATABASE);
            for (String collection : StoreLoad.COLLECTIONS) {
                long count = 0;
                long highest = -1;
                long attempts = 0;
                long damaged = 0;
                // the server answers a whole first batch in one reply: bounded, or the driver refuses it
                for (Document document : database.getCollection(collection).find().batchSize(1_000)) {
                    count++;
                    int n = document.getInteger("n");
                    highest = Math.max(highest, n);
                    attempts += document.getInteger("attempts");
                    if (!document.equals(StoreLoad.document(collection, n).append("status", document.get("status"))
                            .append("attempts", document.get("attempts")))) {
                        damaged++;
                    }
                }
                stored.put(collection, new Stored(count, highest, attempts, damaged));
            }
        }
        return stored;
    }
}
