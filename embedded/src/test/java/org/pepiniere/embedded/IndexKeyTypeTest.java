package org.pepiniere.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * The index key type orders keys exactly as H2's ObjectDataType does (the order of the pages already on disk),
 * serializing a key once while it stays known.
 */
class IndexKeyTypeTest {

    private final ObjectDataType h2 = new ObjectDataType();

    @Test
    void ordersEveryPairOfKeysAsH2Does() {
        List<KeyValue> keys = mixedKeys(new Random(6), 260);
        var type = new IndexKeyType(new SerializedKeys(SerializedKeys.DEFAULT_LIMIT));

        List<String> disagreements = disagreements(type, keys);

        assertThat(keys).hasSizeGreaterThan(500);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void ordersAsH2DoesFromSeveralThreadsWhileItsCacheStartsAfresh() throws Exception {
        List<KeyValue> keys = mixedKeys(new Random(7), 120);
        var type = new IndexKeyType(new SerializedKeys(50));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<Future<List<String>>>();
            for (int t = 0; t < 4; t++) {
                futures.add(threads.submit(() -> disagreements(type, keys)));
            }

            for (var future : futures) {
                assertThat(future.get()).isEmpty();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void serializesAKeyOnceWhileItStaysKnown() {
        var type = new IndexKeyType(new SerializedKeys(100));
        var stored = List.of(key("a-1"), key(new ObjectId()), key("a-2", 3.0), key(UUID.randomUUID()));

        for (int round = 0; round < 10; round++) {
            for (KeyValue a : stored) {
                for (KeyValue b : stored) {
                    type.compare(a, key(b.stream().toArray()));
                }
            }
        }

        assertThat(type.serializations()).isEqualTo(stored.size());
    }

    @Test
    void serializesAKeyHoldingADocumentOrTheSameValueTwiceAtEachComparison() {
        var type = new IndexKeyType(new SerializedKeys(100));
        var withADocument = key(new Document("city", "Lyon"));
        String shared = "x";
        var withTheSameValueTwice = key(shared, shared);

        for (int round = 0; round < 10; round++) {
            type.compare(withADocument, key("a-1"));
            type.compare(withTheSameValueTwice, key("a-1"));
        }

        assertThat(type.serializations()).isEqualTo(10 + 10 + 1);
    }

    @Test
    void writesEveryKeyAsH2WritesIt() {
        var type = new IndexKeyType(new SerializedKeys(SerializedKeys.DEFAULT_LIMIT));
        var random = new Random(11);

        for (int i = 0; i < 300; i++) {
            Object[] values = i % 2 == 0 ? new Object[] {value(random)} : new Object[] {value(random), value(random)};
            KeyValue key = key(values);
            type.compare(key, key(copies(values)));

            assertThat(written(type, key)).as("%s", key).isEqualTo(written(h2, key));
        }
        assertThat(written(type, "not a key")).isEqualTo(written(h2, "not a key"));
    }

    @Test
    void writesAKnownKeyFromItsBytesWithoutSerializingItAgain() {
        var known = new SerializedKeys(100);
        var type = new IndexKeyType(known);
        KeyValue key = key("a-1");
        byte[] remembered = {1, 2, 3};
        known.of(key, ignored -> remembered);

        assertThat(written(type, key(new String("a-1")))).containsExactly(19, 3, 1, 2, 3);
    }

    @Test
    void countsAWrittenKeyInPageSizesAsH2Does() {
        var type = new IndexKeyType(new SerializedKeys(100));
        KeyValue key = key("application-0001", 3);
        for (int i = 0; i < 200; i++) {
            written(type, key);
            written(h2, key);
        }

        assertThat(type.getMemory(key)).isEqualTo(h2.getMemory(key));
        assertThat(type.getMemory("text")).isEqualTo(h2.getMemory("text"));
    }

    @Test
    void keepsNoMoreKeysThanItsLimit() {
        var known = new SerializedKeys(10);
        var type = new IndexKeyType(known);

        for (int i = 0; i < 25; i++) {
            type.compare(key("a-" + i), key("b-" + i));
        }

        assertThat(known.size()).isBetween(1, 10);
    }

    private List<String> disagreements(IndexKeyType type, List<KeyValue> keys) {
        var found = new ArrayList<String>();
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int expected = Integer.signum(h2.compare(a, b));
                int actual = Integer.signum(type.compare(a, b));
                if (expected != actual) {
                    found.add(a + " vs " + b + ": " + actual + " instead of " + expected);
                }
            }
        }
        return found;
    }

    /** Keys of every kind an index holds, each with an equal copy made of other instances. */
    private static List<KeyValue> mixedKeys(Random random, int count) {
        var keys = new ArrayList<KeyValue>();
        for (int i = 0; i < count; i++) {
            Object[] values = random.nextInt(4) == 0
                    ? new Object[] { value(random), value(random) }
                    : new Object[] { value(random) };
            keys.add(key(values));
            keys.add(key(copies(values)));
        }
        String shared = "same-" + random.nextInt(3);
        keys.add(key(shared, shared));
        keys.add(key(shared, new String(shared)));
        keys.add(key(new Document("a", 1).append("b", 2)));
        keys.add(key(new Document("b", 2).append("a", 1)));
        keys.add(key(new Date(42)));
        keys.add(key(new Timestamp(42)));
        keys.add(key(Missing.getInstance(), Missing.getInstance()));
        return keys;
    }

    private static Object value(Random random) {
        return switch (random.nextInt(14)) {
            case 0 -> "a-" + random.nextInt(50);
            case 1 -> "Élodie " + random.nextInt(5_000_000);
            case 2 -> new ObjectId();
            case 3 -> random.nextInt(40) - 20;
            case 4 -> random.nextLong();
            case 5 -> random.nextInt(10) / 2.0;
            case 6 -> random.nextBoolean();
            case 7 -> new UUID(random.nextInt(3), random.nextLong());
            case 8 -> Instant.ofEpochSecond(random.nextInt(1_000), random.nextInt(3));
            case 9 -> new Date(random.nextInt(1_000));
            case 10 -> null;
            case 11 -> Missing.getInstance();
            case 12 -> new Document("city", "Lyon").append("zip", random.nextInt(3));
            default -> List.of("a", random.nextInt(3));
        };
    }

    /** Equal values in other instances: a key read from a page against the one a query builds. */
    private static Object[] copies(Object[] values) {
        var copies = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof String text) {
                copies[i] = new String(text);
            } else if (value instanceof ObjectId id) {
                copies[i] = new ObjectId(id.toByteArray());
            } else if (value instanceof Document document) {
                copies[i] = new Document(document);
            } else if (value instanceof Date date) {
                copies[i] = new Date(date.getTime());
            } else if (value instanceof Double number) {
                copies[i] = Double.valueOf(number.doubleValue() + 0.0);
            } else {
                copies[i] = value;
            }
        }
        return copies;
    }

    private static byte[] written(ObjectDataType type, Object key) {
        var buffer = new WriteBuffer();
        type.write(buffer, key);
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        return copy;
    }

    private static KeyValue key(Object... values) {
        return new KeyValue(java.util.Arrays.asList(values));
    }
}
