package org.pepiniere.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MongoWireServerTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsADocumentAcrossARestart() {
        try (MongoWireServer server = MongoWireServer.persistent(dataDir, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("pepiniere-test").getCollection("startups")
                    .insertOne(new Document("_id", "s-1").append("name", "Chimie Verte"));
        }

        try (MongoWireServer restarted = MongoWireServer.persistent(dataDir, 0);
             MongoClient client = MongoClients.create(restarted.connectionString())) {

            Document found = client.getDatabase("pepiniere-test").getCollection("startups").find(Filters.eq("_id", "s-1")).first();

            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Chimie Verte");
        }
    }

    @Test
    void refusesAStoreItCannotReadNamingItsFileAndLeavesItAsItWas() throws Exception {
        Path file = dataDir.resolve("pepiniere.mv");
        byte[] damaged = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(damaged);
        Files.write(file, damaged);

        assertThatThrownBy(() -> MongoWireServer.persistent(dataDir, 0))
                .isInstanceOfSatisfying(UnreadableStoreException.class, refused -> {
                    assertThat(refused.file()).isEqualTo(file.toAbsolutePath());
                    assertThat(refused.reason()).isNotBlank();
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    @Test
    void listensOnLoopbackWithAConnectionStringWithoutDatabase() {
        try (MongoWireServer server = MongoWireServer.inMemory(0)) {

            assertThat(server.connectionString()).isEqualTo("mongodb://127.0.0.1:" + server.port());
        }
    }
}
