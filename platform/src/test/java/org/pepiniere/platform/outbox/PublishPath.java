package org.pepiniere.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/** The write a service makes, as the applications service makes it: state and event in one document update, then the kick. */
final class PublishPath {

    static Mono<Object> write(ReactiveMongoTemplate mongo, Outbox outbox, String collection, String id, OutboxMessage message) {
        return outbox.store(collection, id, List.of(message), () -> mongo.upsert(Query.query(where("_id").is(id)),
                new Update().set("name", "compost").push(Outbox.FIELD, message), collection))
                .map(result -> (Object) result);
    }

    private PublishPath() {
    }
}
