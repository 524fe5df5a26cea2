package org.pepiniere.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

/**
 * A query naming one {@code _id} and other conditions gives the answers MongoDB gives, and is read
 * through the id index: the cost of such a read is printed next to a plain read by id with a long
 * history stored (printed, not asserted: machines here are noisy).
 */
class IdFirstQueriesTest {

    private static final int HISTORY = 20_000;

    @TempDir
    static Path dataDir;

    static Stream<Named<Function<Path, MongoWireServer>>> servers() {
        return Stream.of(Named.of("in memory", dir -> MongoWireServer.inMemory(0)),
                Named.of("H2 file", dir -> MongoWireServer.persistent(dir, 0)));
    }

    @ParameterizedTest
    @MethodSource("servers")
    void answersAReadByIdAndTenantAsMongoDbDoes(Function<Path, MongoWireServer> start) {
        try (var server = start.apply(dataDir.resolve("read")); var client = MongoClients.create(server.connectionString())) {
            var applications = client.getDatabase("history").getCollection("applications");
            applications.insertOne(new Document("_id", "a-1").append("incubatorId", "imt").append("status", "DRAFT"));

            var ofItsIncubator = applications.find(new Document("_id", "a-1").append("incubatorId", "imt")).first();
            var ofAnother = applications.find(new Document("_id", "a-1").append("incubatorId", "other")).first();

            assertThat(ofItsIncubator).isNotNull();
            assertThat(ofAnother).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void changesADocumentOnlyWhileItsConditionHolds(Function<Path, MongoWireServer> start) {
        try (var server = start.apply(dataDir.resolve("write")); var client = MongoClients.create(server.connectionString())) {
            var applications = client.getDatabase("history").getCollection("applications");
            applications.insertOne(new Document("_id", "a-1").append("status", "DRAFT"));
            var stillADraft = new Document("_id", "a-1").append("status", "DRAFT");
            var after = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

            var submitted = applications.findOneAndUpdate(stillADraft, Updates.set("status", "SUBMITTED"), after);
            var submittedTwice = applications.findOneAndUpdate(stillADraft, Updates.set("status", "SUBMITTED"), after);

            assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
            assertThat(submittedTwice).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void readsByIdAndTenantAsFastAsByIdWithALongHistory(Function<Path, MongoWireServer> start, TestInfo test) {
        try (var server = start.apply(dataDir.resolve("cost")); var client = MongoClients.create(server.connectionString())) {
            var applications = client.getDatabase("history").getCollection("applications");
            store(applications, HISTORY);

            double byId = millisPerRead(applications, id -> new Document("_id", id));
            double byIdAndTenant = millisPerRead(applications, id -> new Document("_id", id).append("incubatorId", "imt"));

            System.out.printf("With %,d applications stored (%s): a read by id %.2f ms, by id and tenant %.2f ms%n",
                    HISTORY, test.getDisplayName(), byId, byIdAndTenant);
            assertThat(applications.find(new Document("_id", "a-" + (HISTORY - 1)).append("incubatorId", "imt")).first()).isNotNull();
        }
    }

    private static void store(MongoCollection<Document> applications, int count) {
        var batch = new ArrayList<Document>();
        for (int i = 0; i < count; i++) {
            batch.add(new Document("_id", "a-" + i).append("incubatorId", "imt").append("status", "SUBMITTED")
                    .append("summary", "Solvants biosourcés issus des marcs de raisin. ".repeat(6)));
            if (batch.size() == 1_000) {
                applications.insertMany(batch);
                batch.clear();
            }
        }
    }

    private static double millisPerRead(MongoCollection<Document> applications, Function<String, Document> query) {
        List<String> ids = Stream.iterate(0, i -> i + 97).limit(200).map(i -> "a-" + i).toList();
        long start = System.nanoTime();
        ids.forEach(id -> assertThat(applications.find(query.apply(id)).first()).isNotNull());
        return (System.nanoTime() - start) / 1e6 / ids.size();
    }
}
