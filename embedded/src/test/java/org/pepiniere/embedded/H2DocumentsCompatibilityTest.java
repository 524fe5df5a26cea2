package org.pepiniere.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.BsonBinarySubType;
import org.bson.BsonRegularExpression;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Code;
import org.bson.types.Decimal128;
import org.bson.types.MaxKey;
import org.bson.types.MinKey;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * A data directory whose documents mongo-java-server's own H2 backend Java-serialized is read, updated and read
 * again after a restart, through the MongoDB driver, once its documents are written as BSON; a document holding
 * what BSON would not give back as it was (an instant finer than the millisecond, from {@code $currentDate}) is
 * written the old way and read back.
 */
class H2DocumentsCompatibilityTest {

    private static final int COUNT = 1_500;

    /** ObjectDataType's first byte for a Java-serialized document. */
    private static final byte JAVA_SERIALIZED = 19;

    @TempDir
    Path dataDir;

    @Test
    void readsUpdatesAndKeepsAcrossARestartWhatThePlainBackendWrote() {
        Map<Object, String> written;
        try (var plain = PlainH2Server.open(dataDir); var client = MongoClients.create(plain.connectionString())) {
            var docs = client.getDatabase("compat").getCollection("docs");
            var batch = new ArrayList<Document>();
            for (int i = 0; i < COUNT; i++) {
                batch.add(document(i));
            }
            docs.insertMany(batch);
            written = json(docs);
        }
        assertThat(storedFirstBytes().values()).containsOnly(JAVA_SERIALIZED);

        Map<Object, String> updated;
        try (var server = MongoWireServer.persistent(dataDir, 0); var client = MongoClients.create(server.connectionString())) {
            var docs = client.getDatabase("compat").getCollection("docs");
            assertThat(json(docs)).isEqualTo(written);
            assertThat(server.store().openMap("databases.compat.docs").getValueType()).isInstanceOf(BsonDocumentType.class);

            for (int i = 0; i < COUNT; i += 3) {
                docs.updateOne(Filters.eq("_id", "d-" + i), Updates.combine(Updates.set("seen", true), Updates.inc("n", 1_000_000)));
            }
            for (int i = 1; i < COUNT; i += 50) {
                docs.updateOne(Filters.eq("_id", "d-" + i), Updates.currentDate("touchedAt"));
            }
            docs.deleteMany(Filters.in("_id", "d-2", "d-5", "d-8"));
            docs.insertOne(document(COUNT).append("added", true));
            updated = json(docs);
        }
        assertThat(updated).hasSize(COUNT - 2).doesNotContainKeys("d-2", "d-5", "d-8");
        assertThat(updated.get("d-3")).contains("\"seen\": true", "\"n\": 1000003");
        assertThat(updated.get("d-51")).contains("touchedAt");

        try (var server = MongoWireServer.persistent(dataDir, 0); var client = MongoClients.create(server.connectionString())) {
            assertThat(json(client.getDatabase("compat").getCollection("docs"))).isEqualTo(updated);
        }

        Map<Object, Byte> firstBytes = storedFirstBytes();
        assertThat(firstBytes.get("d-3")).isEqualTo(BsonDocumentType.MARKER);
        assertThat(firstBytes.get("d-" + COUNT)).isEqualTo(BsonDocumentType.MARKER);
        var finerThanAMillisecond = new ArrayList<Object>();
        for (int i = 1; i < COUNT; i += 50) {
            Instant touched = (Instant) storedDocument("d-" + i).get("touchedAt");
            if (touched.getNano() % 1_000_000 != 0) {
                finerThanAMillisecond.add("d-" + i);
                assertThat(firstBytes.get("d-" + i)).isEqualTo(JAVA_SERIALIZED);
            } else {
                assertThat(firstBytes.get("d-" + i)).isEqualTo(BsonDocumentType.MARKER);
            }
        }
        assertThat(finerThanAMillisecond).isNotEmpty();
    }

    /** A document of every type the driver sends, a few in each. */
    private static Document document(int i) {
        byte[] sixteen = ByteBuffer.allocate(16).order(ByteOrder.BIG_ENDIAN).putLong(i).putLong(-i).array();
        return new Document("_id", "d-" + i)
                .append("n", i)
                .append("long", 10_000_000_000L + i)
                .append("double", i / 4.0)
                .append("flag", i % 2 == 0)
                .append("at", new Date(1_700_000_000_000L + i))
                .append("objectId", new ObjectId(1_700_000_000, i))
                .append("name", "Élodie " + i)
                .append("nothing", null)
                .append("address", new Document("city", "Lyon").append("zip", 69_000 + i % 9)
                        .append("lines", List.of("rue " + i, new Document("floor", i % 5))))
                .append("tags", List.of("agro", i, List.of(i, "deep")))
                .append("uuid", new Binary(BsonBinarySubType.UUID_STANDARD, sixteen))
                .append("legacyUuid", new Binary(BsonBinarySubType.UUID_LEGACY, sixteen))
                .append("binary", new Binary(new byte[] { 1, 2, (byte) i }))
                .append("decimal", Decimal128.parse(i + ".25"))
                .append("regex", new BsonRegularExpression("^d-" + i, "i"))
                .append("timestamp", new BsonTimestamp(1_700_000_000, i))
                .append("min", new MinKey())
                .append("max", new MaxKey())
                .append("code", new Code("function() { return " + i + "; }"));
    }

    /** Each document as the driver's JSON, by id. */
    private static Map<Object, String> json(MongoCollection<Document> docs) {
        var found = new TreeMap<Object, String>();
        for (Document document : docs.find().batchSize(500)) {
            found.put(document.get("_id"), document.toJson());
        }
        return found;
    }

    /** The first byte of each document as stored in the file, read without the server. */
    private Map<Object, Byte> storedFirstBytes() {
        var firstBytes = new TreeMap<Object, Byte>();
        try (MVStore store = readOnly()) {
            MVMap<Object, Stored> map = store.openMap("databases.compat.docs",
                    new MVMap.Builder<Object, Stored>().valueType(new StoredType()));
            map.forEach((id, stored) -> firstBytes.put(id, stored.firstByte()));
        }
        return firstBytes;
    }

    private de.bwaldvogel.mongo.bson.Document storedDocument(String id) {
        try (MVStore store = readOnly()) {
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> map = store.openMap("databases.compat.docs",
                    new MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>().valueType(new BsonDocumentType()));
            return map.get(id);
        }
    }

    private MVStore readOnly() {
        return new MVStore.Builder().fileName(dataDir.resolve("pepiniere.mv").toString()).readOnly().open();
    }

    record Stored(byte firstByte, de.bwaldvogel.mongo.bson.Document document) {
    }

    /** Reads a document as the server does, and keeps the byte it started with. */
    private static final class StoredType extends BasicDataType<Stored> {

        private final BsonDocumentType documents = new BsonDocumentType();

        @Override
        public Stored read(ByteBuffer buff) {
            byte first = buff.get(buff.position());
            return new Stored(first, documents.read(buff));
        }

        @Override
        public int getMemory(Stored stored) {
            return 1_000;
        }

        @Override
        public void write(WriteBuffer buff, Stored stored) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public Stored[] createStorage(int size) {
            return new Stored[size];
        }
    }
}
