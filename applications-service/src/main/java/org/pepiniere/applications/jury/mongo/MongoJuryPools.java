package org.pepiniere.applications.jury.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.pepiniere.applications.jury.JuryPool;
import org.pepiniere.applications.jury.JuryPools;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

public class MongoJuryPools implements JuryPools {

    public static final String COLLECTION = "jury_pools";

    private final ReactiveMongoTemplate mongo;

    public MongoJuryPools(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<JuryPool> find(String incubatorId, String callId) {
        return mongo.findOne(Query.query(where("_id").is(callId).and("incubatorId").is(incubatorId)), PoolDocument.class,
                COLLECTION).map(PoolDocument::toDomain).defaultIfEmpty(JuryPool.empty(callId, incubatorId));
    }

    /**
     * One conditional upsert: at version 0 it inserts, and a pool someone else inserted meanwhile makes it a
     * duplicate key, which is the same "changed meanwhile" as a version that moved on.
     */
    @Override
    public Mono<JuryPool> save(JuryPool pool, long expectedVersion) {
        var still = Query.query(where("_id").is(pool.callId()).and("incubatorId").is(pool.incubatorId())
                .and("version").is(expectedVersion));
        var update = new Update().set("members", PoolDocument.members(pool))
                .set("conflicts", PoolDocument.conflicts(pool)).set("version", pool.version());
        return mongo.findAndModify(still, update, FindAndModifyOptions.options().upsert(true).returnNew(true),
                        PoolDocument.class, COLLECTION)
                .map(PoolDocument::toDomain)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty());
    }
}
