package org.pepiniere.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/**
 * Unique indexes dropped and created again, or of a collection or database dropped and created again, open with
 * the kept index keys and still refuse duplicates, before and after a restart. (A renamed collection is left
 * out: mongo-java-server's H2 backend loses its documents at a restart, with or without them.)
 */
class H2IndexKeysLifecycleTest {

    @TempDir
    Path dataDir;

    @Test
    void refusesDuplicatesAfterIndexesCollectionsAndDatabasesWereDroppedAndCreatedAgain() {
        try (var server = MongoWireServer.persistent(dataDir, 0); var client = MongoClients.create(server.connectionString())) {
            var db = client.getDatabase("life");
            var mentors = db.getCollection("mentors");
            mentors.insertOne(new Document("_id", "m-1").append("email", "a@example.org"));
            mentors.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            mentors.dropIndex("email_1");
            mentors.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            db.getCollection("dropped").insertOne(new Document("_id", "d-1"));
            db.getCollection("dropped").drop();
            db.getCollection("dropped").insertOne(new Document("_id", "d-1"));
            client.getDatabase("gone").getCollection("x").insertOne(new Document("_id", "x-1"));
            client.getDatabase("gone").drop();
            client.getDatabase("gone").getCollection("x").insertOne(new Document("_id", "x-1"));

            refusesDuplicates(mentors, client.getDatabase("gone").getCollection("x"));
            assertThat(server.store().openMap("life.mentors._index_email_1").getKeyType()).isInstanceOf(IndexKeyType.class);
            assertThat(server.store().openMap("life.dropped._index__id_").getKeyType()).isInstanceOf(IndexKeyType.class);
        }

        try (var server = MongoWireServer.persistent(dataDir, 0); var client = MongoClients.create(server.connectionString())) {
            refusesDuplicates(client.getDatabase("life").getCollection("mentors"), client.getDatabase("gone").getCollection("x"));
            assertThat(client.getDatabase("life").getCollection("dropped").countDocuments()).isEqualTo(1);
        }
    }

    private static void refusesDuplicates(MongoCollection<Document> mentors, MongoCollection<Document> x) {
        assertThat(mentors.find(new Document("email", "a@example.org")).first()).isNotNull();
        assertThatThrownBy(() -> mentors.insertOne(new Document("_id", "m-2").append("email", "a@example.org")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
        assertThatThrownBy(() -> mentors.insertOne(new Document("_id", "m-1")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
        assertThatThrownBy(() -> x.insertOne(new Document("_id", "x-1")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
    }
}
