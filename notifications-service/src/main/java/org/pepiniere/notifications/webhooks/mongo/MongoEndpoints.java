package org.pepiniere.notifications.webhooks.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;

import org.pepiniere.notifications.webhooks.Endpoint;
import org.pepiniere.notifications.webhooks.EndpointOwner;
import org.pepiniere.notifications.webhooks.Endpoints;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public class MongoEndpoints implements Endpoints {

    private static final String REMOVED_AT = "removedAt";

    private final ReactiveMongoTemplate mongo;

    public MongoEndpoints(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Void> createIndexes() {
        var indexes = mongo.indexOps(EndpointDocument.class);
        return indexes.createIndex(new Index().on("incubatorId", Sort.Direction.ASC).on("eventTypes", Sort.Direction.ASC))
                .then(indexes.createIndex(new Index().on("incubatorId", Sort.Direction.ASC).on("organisationId", Sort.Direction.ASC)))
                .then();
    }

    @Override
    public Mono<Endpoint> add(Endpoint endpoint) {
        return mongo.insert(EndpointDocument.of(endpoint)).map(EndpointDocument::toEndpoint);
    }

    @Override
    public Mono<Boolean> remove(EndpointOwner owner, String id, Instant at) {
        return mongo.updateFirst(Query.query(ownedBy(owner).and("_id").is(id).and(REMOVED_AT).is(null)), new Update().set(REMOVED_AT, at),
                EndpointDocument.class).map(result -> result.getModifiedCount() > 0);
    }

    @Override
    public Mono<Endpoint> find(String id) {
        return mongo.findOne(Query.query(where("_id").is(id).and(REMOVED_AT).is(null)), EndpointDocument.class).map(EndpointDocument::toEndpoint);
    }

    @Override
    public Mono<Endpoint> findOwned(EndpointOwner owner, String id) {
        return mongo.findOne(Query.query(ownedBy(owner).and("_id").is(id)), EndpointDocument.class).map(EndpointDocument::toEndpoint);
    }

    @Override
    public Flux<Endpoint> owned(EndpointOwner owner) {
        return mongo.find(Query.query(ownedBy(owner).and(REMOVED_AT).is(null)).with(Sort.by("createdAt")), EndpointDocument.class)
                .map(EndpointDocument::toEndpoint);
    }

    @Override
    public Mono<Long> countOwned(EndpointOwner owner) {
        return mongo.count(Query.query(ownedBy(owner).and(REMOVED_AT).is(null)), EndpointDocument.class);
    }

    @Override
    public Flux<Endpoint> ofIncubator(String incubatorId) {
        var query = Query.query(where("incubatorId").is(incubatorId).and(REMOVED_AT).is(null));
        return mongo.find(query, EndpointDocument.class).map(EndpointDocument::toEndpoint);
    }

    private static Criteria ownedBy(EndpointOwner owner) {
        return where("incubatorId").is(owner.incubatorId()).and("organisationId").is(owner.organisationId());
    }
}
