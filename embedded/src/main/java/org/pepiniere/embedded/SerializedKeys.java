package org.pepiniere.embedded;

import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * The Java-serialized bytes of index keys, kept for the keys whose equal copies always serialize to the same
 * bytes; shared by every index of every store of the process, whose worker threads use it at once.
 * <p>
 * A key is kept only when each of its values is of a type whose {@code equals} implies identical bytes, and
 * no two of its values are equal: Java serialization writes a value met twice in one key as a reference to the
 * first, so two equal keys may differ in bytes when one shares an instance between two fields. A key holding a
 * document or a list (equal whatever the order of their fields, serialized in that order), or a date subclass,
 * is serialized each time, as H2 does.
 */
final class SerializedKeys {

    /**
     * A string or ObjectId key is 150 to 250 bytes serialized, about 400 with the key object the cache keeps
     * reachable: at most about 20 MB at this bound, whatever the number of collections and indexes. Past it
     * the cache starts afresh: each key is then serialized once more, still far fewer times than twice per
     * comparison.
     */
    static final int DEFAULT_LIMIT = 50_000;

    static final SerializedKeys SHARED = new SerializedKeys(DEFAULT_LIMIT);

    private static final Set<Class<?>> SAME_BYTES_WHEN_EQUAL = Set.of(String.class, ObjectId.class, Integer.class,
            Long.class, Double.class, Boolean.class, UUID.class, Instant.class, Date.class, Missing.class);

    private final ConcurrentHashMap<KeyValue, byte[]> bytes = new ConcurrentHashMap<>();
    private final int limit;

    SerializedKeys(int limit) {
        this.limit = limit;
    }

    byte[] of(KeyValue key, Function<Object, byte[]> serialize) {
        if (!sameBytesWhenEqual(key)) {
            return serialize.apply(key);
        }
        byte[] known = bytes.get(key);
        if (known != null) {
            return known;
        }
        byte[] fresh = serialize.apply(key);
        if (bytes.size() >= limit) {
            bytes.clear();
        }
        bytes.putIfAbsent(key, fresh);
        return fresh;
    }

    int size() {
        return bytes.size();
    }

    static boolean sameBytesWhenEqual(KeyValue key) {
        for (int i = 0; i < key.size(); i++) {
            Object value = key.get(i);
            if (value == null) {
                continue; // written as a null marker: never a reference to another value
            }
            if (!SAME_BYTES_WHEN_EQUAL.contains(value.getClass())) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (Objects.equals(value, key.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }
}
