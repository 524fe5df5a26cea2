package org.pepiniere.notifications.webhooks.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;

import org.bson.Document;
import org.pepiniere.notifications.webhooks.Attempt;
import org.pepiniere.notifications.webhooks.Deliveries;
import org.pepiniere.notifications.webhooks.Delivery;
import org.pepiniere.notifications.webhooks.DeliveryStatus;
import org.pepiniere.notifications.webhooks.EndpointOwner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public class MongoDeliveries implements Deliveries {

    private final ReactiveMongoTemplate mongo;

    public MongoDeliveries(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Void> createIndexes() {
        var indexes = mongo.indexOps(DeliveryDocument.class);
        return indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC))
                .then(indexes.createIndex(new Index().on("endpointId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC)))
                .then();
    }

    @Override
    public Mono<Boolean> add(Delivery delivery) {
        return mongo.insert(DeliveryDocument.of(delivery)).thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false));
    }

    @Override
    public Mono<Delivery> claimDue(String id, Instant now, Instant leaseUntil) {
        var query = Query.query(where("_id").is(id).and("status").is(DeliveryStatus.PENDING).and("nextAttemptAt").lte(now));
        return mongo.findAndModify(query, new Update().set("nextAttemptAt", leaseUntil),
                        FindAndModifyOptions.options().returnNew(true), DeliveryDocument.class)
                .map(DeliveryDocument::toDelivery);
    }

    @Override
    public Flux<String> due(Instant now, int limit) {
        var query = Query.query(where("status").is(DeliveryStatus.PENDING).and("nextAttemptAt").lte(now))
                .with(Sort.by("nextAttemptAt")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, DeliveryDocument.COLLECTION).map(document -> document.getString("_id"));
    }

    @Override
    public Mono<Void> recordAttempt(Delivery after, Attempt attempt) {
        var update = new Update()
                .push("attempts", attempt)
                .set("status", after.status())
                .set("nextAttemptAt", after.nextAttemptAt());
        return mongo.updateFirst(Query.query(where("_id").is(after.id())), update, DeliveryDocument.class).then();
    }

    @Override
    public Flux<Delivery> ofEndpoint(EndpointOwner owner, String endpointId, int limit) {
        var query = Query.query(where("endpointId").is(endpointId)
                        .and("incubatorId").is(owner.incubatorId()).and("organisationId").is(owner.organisationId()))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .limit(limit);
        return mongo.find(query, DeliveryDocument.class).map(DeliveryDocument::toDelivery);
    }
}
