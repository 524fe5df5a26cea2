package org.pepiniere.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * What a read by {@code _id} costs with 20,000 documents stored, with mongo-java-server's plain H2 backend and
 * with the index key type that keeps serialized keys, both open in this process, written and read in turns: printed side
 * by side (the best of five rounds each), not asserted, as machines here are noisy. What is asserted is the
 * cause: the reads serialize no key any more.
 */
class IndexKeyCostTest {

    private static final int STORED = 20_000;
    private static final int BATCH = 1_000;
    private static final int READS = 1_000;
    private static final int ROUNDS = 5;

    @TempDir
    Path dataDir;

    @Test
    void readsByIdWithoutSerializingTheKeysTheyCompare() throws Exception {
        Files.createDirectories(dataDir.resolve("plain"));
        try (var plain = PlainH2Server.open(dataDir.resolve("plain"));
                var plainClient = MongoClients.create(plain.connectionString());
                var kept = MongoWireServer.persistent(dataDir.resolve("kept"), 0);
                var keptClient = MongoClients.create(kept.connectionString())) {
            var plainApplications = plainClient.getDatabase("cost").getCollection("applications");
            var keptApplications = keptClient.getDatabase("cost").getCollection("applications");
            double plainWrite = 0;
            double keptWrite = 0;
            for (int from = 0; from < STORED; from += BATCH) {
                plainWrite += millisToStore(plainApplications, from);
                keptWrite += millisToStore(keptApplications, from);
            }
            var idKeys = (IndexKeyType) kept.store().openMap("cost.applications._index__id_").getKeyType();

            double plainRead = Double.MAX_VALUE;
            double keptRead = Double.MAX_VALUE;
            long serializedByReads = 0;
            for (int round = 0; round < ROUNDS; round++) {
                plainRead = Math.min(plainRead, millisPerRead(plainApplications));
                long before = idKeys.serializations();
                keptRead = Math.min(keptRead, millisPerRead(keptApplications));
                serializedByReads = idKeys.serializations() - before;
            }

            System.out.printf("With %,d documents stored, a read by _id: %.3f ms with the plain H2 backend, %.3f ms with"
                    + " kept index keys (ratio %.2f); storing them: %,.0f ms and %,.0f ms; keys serialized by the last"
                    + " %,d reads: %,d%n", STORED, plainRead, keptRead, keptRead / plainRead, plainWrite, keptWrite, READS,
                    serializedByReads);
            assertThat(serializedByReads).isZero();
        }
    }

    private static double millisToStore(MongoCollection<Document> applications, int from) {
        var batch = new ArrayList<Document>();
        for (int i = from; i < from + BATCH; i++) {
            batch.add(new Document("_id", "a-" + i).append("incubatorId", "imt").append("status", "SUBMITTED"));
        }
        long start = System.nanoTime();
        applications.insertMany(batch);
        return (System.nanoTime() - start) / 1e6;
    }

    private static double millisPerRead(MongoCollection<Document> applications) {
        List<String> ids = IntStream.range(0, READS).map(i -> i * 7_919 % STORED).mapToObj(i -> "a-" + i).toList();
        long start = System.nanoTime();
        ids.forEach(id -> assertThat(applications.find(new Document("_id", id)).first()).isNotNull());
        return (System.nanoTime() - start) / 1e6 / ids.size();
    }
}
