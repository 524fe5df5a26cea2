package org.pepiniere.gateway.identity.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.pepiniere.gateway.identity.Incubator;
import org.pepiniere.gateway.identity.IncubatorId;
import org.pepiniere.gateway.identity.Incubators;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

public class MongoIncubators implements Incubators {

    public static final String COLLECTION = "incubators";

    private final ReactiveMongoTemplate mongo;

    public MongoIncubators(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Incubator> find(IncubatorId id) {
        return mongo.findOne(byId(id), IncubatorDocument.class, COLLECTION).map(IncubatorDocument::toDomain);
    }

    @Override
    public Mono<Incubator> ensure(Incubator incubator) {
        return mongo.upsert(byId(incubator.id()), new Update().setOnInsert("name", incubator.name()), COLLECTION)
                .then(find(incubator.id()));
    }

    private static Query byId(IncubatorId id) {
        return Query.query(where("_id").is(id.value()));
    }
}
