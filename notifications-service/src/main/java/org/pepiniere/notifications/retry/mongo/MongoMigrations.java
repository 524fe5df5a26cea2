package org.pepiniere.notifications.retry.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Mono;

/**
 * Work done once per database, such as filling a new collection from an older one: {@code migrations}
 * records what ran, so later starts skip it without reading anything else. The record is written only
 * after the work succeeded, so a migration that failed or was cut short runs again at the next start,
 * and two instances starting together may both run it: each migration must be idempotent.
 */
public class MongoMigrations {

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public MongoMigrations(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** @return how many documents the work changed, or nothing when it had already run on this database */
    public Mono<Long> once(String name, Supplier<Mono<Long>> work) {
        return mongo.exists(Query.query(where("_id").is(name)), Migration.class)
                .flatMap(ran -> ran ? Mono.<Long>empty() : Mono.defer(work).flatMap(changed -> record(name, changed).thenReturn(changed)));
    }

    private Mono<Void> record(String name, long changed) {
        return mongo.insert(new Migration(name, clock.instant(), changed)).then()
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty());
    }
}
