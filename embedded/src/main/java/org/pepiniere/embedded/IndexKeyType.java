package org.pepiniere.embedded;

import java.util.concurrent.atomic.LongAdder;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * The key type of the H2 backend's unique indexes, {@code _id} among them: H2's own {@link ObjectDataType},
 * whose order and file format it keeps, comparing two keys without serializing both each time.
 * <p>
 * mongo-java-server's index keys are not {@code Comparable}, so {@code ObjectDataType} orders two of them by
 * Java-serializing both and comparing the bytes, at each step of each binary search: nearly half the server's
 * CPU when it reads by id. The pages already on disk are sorted by those bytes, so this type compares the very
 * same bytes, taken from {@link SerializedKeys} when it knows them.
 * <p>
 * Writing a page wrote those bytes again: each commit Java-serialized every key of every index page a write
 * changed, the inner pages' included, a quarter of the store's page writing. A known key is written from its
 * bytes, framed as {@code ObjectDataType} frames a serialized object; reading is inherited: a file written with
 * or without this type is the same file.
 */
final class IndexKeyType extends ObjectDataType {

    /** {@code ObjectDataType}'s tag of a Java-serialized object. */
    private static final byte SERIALIZED_OBJECT = 19;

    private final SerializedKeys known;
    private final LongAdder serializations = new LongAdder();
    /**
     * What H2 counts a written key for in its page sizes, which decide where pages split: twice its bytes, as a
     * moving average, from the same start as {@code ObjectDataType}'s.
     */
    private volatile int averageMemory = 10_000;

    IndexKeyType(SerializedKeys known) {
        this.known = known;
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue first && b instanceof KeyValue second) {
            // what ObjectDataType does for two keys that are not Comparable, the bytes aside
            return a == b ? 0 : compareNotNull(known.of(first, this::serialized), known.of(second, this::serialized));
        }
        return super.compare(a, b);
    }

    @Override
    public void write(WriteBuffer buff, Object key) {
        if (!(key instanceof KeyValue value)) {
            super.write(buff, key);
            return;
        }
        byte[] bytes = known.of(value, ObjectDataType::serialize);
        // racy like ObjectDataType's own: an estimate, a lost update costs nothing
        averageMemory = (int) ((2L * bytes.length + 15L * averageMemory) / 16);
        buff.put(SERIALIZED_OBJECT).putVarInt(bytes.length).put(bytes);
    }

    @Override
    public int getMemory(Object key) {
        return key instanceof KeyValue ? averageMemory : super.getMemory(key);
    }

    /** How many keys this type serialized to compare them (not to write them): for the tests. */
    long serializations() {
        return serializations.sum();
    }

    private byte[] serialized(Object key) {
        serializations.increment();
        return serialize(key);
    }
}
