package org.pepiniere.notifications.webhooks.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.random.RandomGenerator;

import org.bson.Document;
import org.pepiniere.notifications.webhooks.ReferenceKey;
import org.pepiniere.notifications.webhooks.StartupReferences;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Mono;

/**
 * A reference key generated once and kept in the service's database, so every replica and every
 * restart computes the same references. The first replica to insert it wins; the others read it.
 */
public class MongoReferenceKey implements ReferenceKey {

    static final String COLLECTION = "service_keys";
    static final String ID = "startup-reference-key";

    private final Mono<byte[]> key;

    public MongoReferenceKey(ReactiveMongoTemplate mongo, RandomGenerator random, Clock clock) {
        this.key = read(mongo)
                .switchIfEmpty(Mono.defer(() -> insert(mongo, random, clock)))
                .cache(value -> Duration.ofMillis(Long.MAX_VALUE), error -> Duration.ZERO, () -> Duration.ZERO);
    }

    @Override
    public Mono<byte[]> key() {
        return key;
    }

    private static Mono<byte[]> read(ReactiveMongoTemplate mongo) {
        return mongo.findOne(Query.query(where("_id").is(ID)), Document.class, COLLECTION)
                .map(document -> Base64.getDecoder().decode(document.getString("key")));
    }

    private static Mono<byte[]> insert(ReactiveMongoTemplate mongo, RandomGenerator random, Clock clock) {
        byte[] fresh = new byte[StartupReferences.MIN_KEY_BYTES];
        random.nextBytes(fresh);
        var document = new Document("_id", ID)
                .append("key", Base64.getEncoder().encodeToString(fresh))
                .append("createdAt", Date.from(clock.instant()));
        return mongo.insert(document, COLLECTION).thenReturn(fresh)
                .onErrorResume(DuplicateKeyException.class, e -> read(mongo));
    }
}
