package org.pepiniere.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * A data directory written by mongo-java-server's own H2 backend, whose index pages are ordered by H2's
 * comparison, keeps working once opened with the faster index key type, whose index maps H2's default types still
 * read. (Its documents, now written as BSON, are not readable by the plain backend any more: see
 * {@link BsonDocumentType}.)
 */
class H2IndexKeysCompatibilityTest {

    private static final int COUNT = 3_000;

    @TempDir
    Path dataDir;

    @Test
    void findsEveryDocumentWrittenByThePlainBackendByEachUniqueKey() {
        List<ObjectId> objectIds = writeWithThePlainBackend();

        try (var server = MongoWireServer.persistent(dataDir, 0); var client = MongoClients.create(server.connectionString())) {
            var db = client.getDatabase("compat");

            for (int i = 0; i < COUNT; i++) {
                assertThat(db.getCollection("people").find(Filters.eq("_id", "p-" + i)).first()).isNotNull();
                assertThat(db.getCollection("people").find(Filters.eq("email", "p" + i + "@example.org")).first()).isNotNull();
                assertThat(db.getCollection("things").find(Filters.eq("_id", objectIds.get(i))).first()).isNotNull();
                assertThat(db.getCollection("things").find(Filters.eq("serial", "s-" + i)).first()).isNotNull();
            }
            assertThat(server.store().openMap("compat.people._index__id_").getKeyType()).isInstanceOf(IndexKeyType.class);
            assertThat(server.store().openMap("compat.things._index_serial_1").getKeyType()).isInstanceOf(IndexKeyType.class);
        }
    }

    @Test
    void refusesADuplicateOfAKeyWrittenByThePlainBackend() {
        List<ObjectId> objectIds = writeWithThePlainBackend();

        try (var server = MongoWireServer.persistent(dataDir, 0); var client = MongoClients.create(server.connectionString())) {
            var db = client.getDatabase("compat");

            assertDuplicate(() -> db.getCollection("people").insertOne(person(1_234)));
            assertDuplicate(() -> db.getCollection("people").insertOne(new Document("_id", "new").append("email", "p7@example.org")));
            assertDuplicate(() -> db.getCollection("things").insertOne(new Document("_id", objectIds.get(2_345))));
            assertDuplicate(() -> db.getCollection("things").insertOne(new Document("serial", "s-17")));
        }
    }

    @Test
    void keepsNewInsertsUpdatesAndDeletesAcrossARestartInIndexesReadByH2sDefaultTypes() {
        List<ObjectId> objectIds = writeWithThePlainBackend();
        var added = new ArrayList<ObjectId>();
        try (var server = MongoWireServer.persistent(dataDir, 0); var client = MongoClients.create(server.connectionString())) {
            var db = client.getDatabase("compat");
            for (int i = COUNT; i < COUNT + 500; i++) {
                db.getCollection("people").insertOne(person(i));
                var id = new ObjectId();
                db.getCollection("things").insertOne(new Document("_id", id).append("serial", "s-" + i));
                added.add(id);
            }
            for (int i = 0; i < 300; i++) {
                db.getCollection("people").updateOne(Filters.eq("_id", "p-" + i), Updates.set("email", "changed" + i + "@example.org"));
                db.getCollection("things").deleteOne(Filters.eq("_id", objectIds.get(i)));
            }
        }

        Consumer<MongoDatabase> expectations = db -> {
            for (int i = 0; i < COUNT + 500; i++) {
                String email = i < 300 ? "changed" + i + "@example.org" : "p" + i + "@example.org";
                assertThat(db.getCollection("people").find(Filters.eq("email", email)).first()).extracting(d -> d.get("_id")).isEqualTo("p-" + i);
                var thing = db.getCollection("things").find(Filters.eq("_id", i < COUNT ? objectIds.get(i) : added.get(i - COUNT))).first();
                assertThat(thing == null).isEqualTo(i < 300);
            }
            assertThat(db.getCollection("people").find(Filters.eq("email", "p5@example.org")).first()).isNull();
        };
        try (var server = MongoWireServer.persistent(dataDir, 0); var client = MongoClients.create(server.connectionString())) {
            expectations.accept(client.getDatabase("compat"));
            assertDuplicate(() -> client.getDatabase("compat").getCollection("people").insertOne(person(COUNT + 7)));
        }
        try (MVStore store = new MVStore.Builder().fileName(dataDir.resolve("pepiniere.mv").toString()).readOnly().open()) {
            MVMap<KeyValue, Object> emails = store.openMap("compat.people._index_email_1");
            MVMap<KeyValue, Object> thingIds = store.openMap("compat.things._index__id_");
            for (int i = 0; i < COUNT + 500; i++) {
                String email = i < 300 ? "changed" + i + "@example.org" : "p" + i + "@example.org";
                assertThat(emails.get(new KeyValue(email))).isEqualTo("p-" + i);
                var id = i < COUNT ? objectIds.get(i) : added.get(i - COUNT);
                assertThat(thingIds.containsKey(new KeyValue(new de.bwaldvogel.mongo.bson.ObjectId(id.toByteArray()))))
                        .isEqualTo(i >= 300);
            }
            assertThat(emails.get(new KeyValue("p5@example.org"))).isNull();
        }
    }

    /** Two collections: string ids with a unique email, ObjectIds with a unique serial. */
    private List<ObjectId> writeWithThePlainBackend() {
        var objectIds = new ArrayList<ObjectId>();
        try (var plain = PlainH2Server.open(dataDir); var client = MongoClients.create(plain.connectionString())) {
            var db = client.getDatabase("compat");
            db.getCollection("people").createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            db.getCollection("things").createIndex(Indexes.ascending("serial"), new IndexOptions().unique(true));
            var people = new ArrayList<Document>();
            var things = new ArrayList<Document>();
            for (int i = 0; i < COUNT; i++) {
                people.add(person(i));
                var id = new ObjectId();
                objectIds.add(id);
                things.add(new Document("_id", id).append("serial", "s-" + i));
            }
            db.getCollection("people").insertMany(people);
            db.getCollection("things").insertMany(things);
        }
        return objectIds;
    }

    private static Document person(int i) {
        return new Document("_id", "p-" + i).append("email", "p" + i + "@example.org");
    }

    private static void assertDuplicate(Runnable insert) {
        assertThatThrownBy(insert::run).isInstanceOf(MongoWriteException.class)
                .satisfies(e -> assertThat(((MongoWriteException) e).getCode()).isEqualTo(11000))
                .hasMessageContaining("E11000");
    }
}
