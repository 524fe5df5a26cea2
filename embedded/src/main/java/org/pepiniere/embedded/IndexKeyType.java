package org.pepiniere.embedded;

import java.util.concurrent.atomic.LongAdder;

import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * The key type of the H2 backend's unique indexes, {@code _id} among them: H2's own {@link ObjectDataType},
 * whose order and file format it keeps, comparing two keys without serializing both each time.
 * <p>
 * mongo-java-server's index keys are not {@code Comparable}, so {@code ObjectDataType} orders two of them by
 * Java-serializing both and comparing the bytes, at each step of each binary search: nearly half the server's
 * CPU when it reads by id. The pages already on disk are sorted by those bytes, so this type compares the very
 * same bytes, taken from {@link SerializedKeys} when it knows them. Reading and writing are inherited: a file
 * written with or without this type is the same file.
 */
final class IndexKeyType extends ObjectDataType {

    private final SerializedKeys known;
    private final LongAdder serializations = new LongAdder();

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

    /** How many keys this type serialized to compare them (not to write them): for the tests. */
    long serializations() {
        return serializations.sum();
    }

    private byte[] serialized(Object key) {
        serializations.increment();
        return serialize(key);
    }
}
