package org.pepiniere.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * The document value type writes BSON behind its marker and gives back every value the backend stores, of the
 * same Java type; it writes the old way, and reads, what BSON would not give back as it was, and reads the
 * documents H2's ObjectDataType wrote.
 */
class BsonDocumentTypeTest {

    /** The first byte of a document Java-serialized by ObjectDataType: its tag for a serialized object. */
    private static final byte JAVA_SERIALIZED = 19;

    @Test
    void givesBackEveryValueTypeOfTheBackendFromBson() {
        Document document = everyType();
        var type = new BsonDocumentType();

        ByteBuffer written = write(type, document);

        assertThat(written.get(0)).isEqualTo(BsonDocumentType.MARKER);
        Document read = type.read(written);
        assertThat(written.hasRemaining()).isFalse();
        assertSame(read, document);
    }

    @Test
    void readsDocumentsOneAfterTheOtherInOldAndNewFormatsFromHeapAndDirectBuffers() {
        var type = new BsonDocumentType();
        var h2 = new ObjectDataType();
        var buffer = new WriteBuffer();
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Document document = new Document("_id", "a-" + i).append("n", i).append("tags", List.of("x", i));
            documents.add(document);
            if (i % 3 == 0) {
                h2.write(buffer, document);
            } else {
                type.write(buffer, document);
            }
        }
        ByteBuffer heap = buffer.getBuffer().flip();
        ByteBuffer direct = ByteBuffer.allocateDirect(heap.remaining()).put(heap.duplicate()).flip();

        for (ByteBuffer bytes : List.of(heap, direct)) {
            for (Document document : documents) {
                assertSame(type.read(bytes), document);
            }
            assertThat(bytes.hasRemaining()).isFalse();
        }
    }

    @Test
    void readsEveryValueTypeJavaSerializedByH2() {
        var buffer = new WriteBuffer();
        new ObjectDataType().write(buffer, everyType());
        ByteBuffer written = buffer.getBuffer().flip();

        assertThat(written.get(0)).isEqualTo(JAVA_SERIALIZED);
        Document read = new BsonDocumentType().read(written);

        assertSame(read, everyType());
    }

    @Test
    void writesTheOldWayADocumentBsonWouldNotGiveBackAsItWas() {
        var type = new BsonDocumentType();
        Map<String, Object> refused = new LinkedHashMap<>();
        refused.put("an instant finer than the millisecond", Instant.ofEpochSecond(1_700_000_000L, 123_456_789));
        refused.put("a set", new LinkedHashSet<>(List.of("a", "b")));
        refused.put("another map", new LinkedHashMap<>(Map.of("a", 1)));
        refused.put("a lone surrogate", "abc\uD800def");
        refused.put("a lone low surrogate, then accents", "é\uDC00è");
        refused.put("a date", new Date(42));
        refused.put("a short", (short) 3);
        refused.put("a regex without options", new BsonRegularExpression("^a"));

        for (Map.Entry<String, Object> value : refused.entrySet()) {
            Document document = new Document("_id", 1).append("nested", new Document("value", value.getValue()));
            ByteBuffer written = write(type, document);

            assertThat(written.get(0)).as(value.getKey()).isEqualTo(JAVA_SERIALIZED);
            Document read = type.read(written);
            Object back = ((Document) read.get("nested")).get("value");
            assertThat(back).as(value.getKey()).isInstanceOf(value.getValue().getClass());
            if (!(back instanceof BsonRegularExpression)) {
                assertThat(back).as(value.getKey()).isEqualTo(value.getValue());
            }
        }
        var nulInAKey = new Document("_id", 1).append("a\u0000b", 2);
        ByteBuffer written = write(type, nulInAKey);
        assertThat(written.get(0)).isEqualTo(JAVA_SERIALIZED);
        assertThat(type.read(written)).isEqualTo(nulInAKey);
    }

    @Test
    void writesAsBsonAnInstantOfWholeMillisecondsAndAWellFormedString() {
        var type = new BsonDocumentType();
        Document document = new Document("_id", 1).append("at", Instant.ofEpochSecond(1_700_000_000L, 123_000_000))
                .append("text", "Émilie 🌱 Ω");

        ByteBuffer written = write(type, document);

        assertThat(written.get(0)).isEqualTo(BsonDocumentType.MARKER);
        assertSame(type.read(written), document);
    }

    /** Pages split on these estimates: of the order ObjectDataType gives the same documents, small or large. */
    @Test
    void estimatesTheMemoryOfADocumentAsObjectDataTypeDoesWithinAFactorOfTwo() {
        var outbox = new Document("eventId", "e-1").append("type", "ApplicationSubmitted")
                .append("occurredAt", Instant.ofEpochMilli(1_700_000_000_000L)).append("payload", "{\"founderId\":\"f-1\"}");
        List<Document> shapes = List.of(new Document("_id", "a-1").append("status", "SUBMITTED"),
                new Document(StoreLoad.document("applications", 1)),
                new Document("_id", new ObjectId("65a1b2c3d4e5f60718293a4d")).append("version", 3L)
                        .append("founder", new Document("name", "Élodie").append("tags", List.of("agro", "bio")))
                        .append("outbox", List.of(outbox)));
        for (Document shape : shapes) {
            var type = new BsonDocumentType();
            var h2 = new ObjectDataType();
            for (int i = 0; i < 200; i++) {
                write(type, shape);
                write(h2, shape);
            }

            int ours = type.getMemory(shape);
            int h2s = h2.getMemory(shape);

            System.out.printf("Memory estimate of a document with %d fields: %,d with BSON, %,d with ObjectDataType%n",
                    shape.size(), ours, h2s);
            assertThat(ours).isBetween(h2s / 2, h2s * 2);
        }
    }

    static Document everyType() {
        var nested = new Document("city", "Lyon").append("zip", 69_001).append("empty", new Document())
                .append("deeper", new Document("list", new ArrayList<>(List.of(1, "two", new Document("three", 3.0)))));
        var list = new ArrayList<Object>(Arrays.asList("a", 1, 2L, 3.5, true, null, new ObjectId("65a1b2c3d4e5f60718293a4b"), new Document("in", "list"),
                new ArrayList<>(List.of("nested", "list")), new ArrayList<>()));
        return new Document("_id", new ObjectId("65a1b2c3d4e5f60718293a4c"))
                .append("string", "Élodie Dupont")
                .append("emptyString", "")
                .append("integer", 42)
                .append("negative", -7)
                .append("long", 1L << 40)
                .append("double", 2.5)
                .append("negativeZero", -0.0)
                .append("nan", Double.NaN)
                .append("true", true)
                .append("false", false)
                .append("instant", Instant.ofEpochMilli(1_700_000_000_123L))
                .append("beforeEpoch", Instant.ofEpochMilli(-86_400_001L))
                .append("null", null)
                .append("nested", nested)
                .append("list", list)
                .append("uuid", UUID.fromString("6f1c3a4e-2b7d-4c1a-9e5f-0a1b2c3d4e5f"))
                .append("legacyUuid", new LegacyUUID(UUID.fromString("0a1b2c3d-4e5f-4c1a-9e5f-6f1c3a4e2b7d")))
                .append("binary", new BinData(new byte[] { 0, 1, 2, (byte) 0xFF }))
                .append("decimal", new Decimal128(new java.math.BigDecimal("12345.6789")))
                .append("timestamp", new BsonTimestamp(Instant.ofEpochSecond(1_700_000_000L), 7))
                .append("regex", new BsonRegularExpression("^pép.*$", "i"))
                .append("minKey", MinKey.getInstance())
                .append("maxKey", MaxKey.getInstance())
                .append("javaScript", new BsonJavaScript("function() { return 1; }"));
    }

    private static ByteBuffer write(org.h2.mvstore.type.DataType<? super Document> type, Document document) {
        var buffer = new WriteBuffer();
        type.write(buffer, document);
        return buffer.getBuffer().flip();
    }

    /** Equal, of the same Java types down to each nested value, in the same order. */
    static void assertSame(Object actual, Object expected) {
        if (expected == null) {
            assertThat(actual).isNull();
            return;
        }
        assertThat(actual).isNotNull();
        if (expected instanceof List<?> expectedList) {
            assertThat(actual).isInstanceOf(List.class);
            List<?> actualList = (List<?>) actual;
            assertThat(actualList).hasSameSizeAs(expectedList);
            for (int i = 0; i < expectedList.size(); i++) {
                assertSame(actualList.get(i), expectedList.get(i));
            }
            return;
        }
        assertThat(actual.getClass()).isEqualTo(expected.getClass());
        if (expected instanceof Document expectedDocument) {
            Document actualDocument = (Document) actual;
            assertThat(actualDocument.keySet()).containsExactlyElementsOf(expectedDocument.keySet());
            for (String key : expectedDocument.keySet()) {
                assertSame(actualDocument.get(key), expectedDocument.get(key));
            }
        } else if (expected instanceof BsonRegularExpression regex) {
            BsonRegularExpression actualRegex = (BsonRegularExpression) actual;
            assertThat(actualRegex.getPattern()).isEqualTo(regex.getPattern());
            assertThat(actualRegex.getOptions()).isEqualTo(regex.getOptions());
        } else if (!(expected instanceof MinKey || expected instanceof MaxKey)) {
            assertThat(actual).isEqualTo(expected);
        }
    }
}
