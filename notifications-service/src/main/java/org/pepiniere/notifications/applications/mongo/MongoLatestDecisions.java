package org.pepiniere.notifications.applications.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.bson.Document;
import org.pepiniere.notifications.applications.LatestDecisions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/**
 * One document per application. A conditional update moves it forward; when nothing matched, an insert either creates it
 * (first decision) or collides on the id because a newer or equal decision is kept: the unique id decides, atomically.
 */
public class MongoLatestDecisions implements LatestDecisions {

    static final String COLLECTION = "latest_decisions";

    private final ReactiveMongoTemplate mongo;

    public MongoLatestDecisions(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Boolean> advance(String incubatorId, String applicationId, int sequence, String eventId) {
        String id = incubatorId + "/" + applicationId;
        var newerOrSame = Query.query(where("_id").is(id).orOperator(
                where("sequence").lt(sequence),
                new Criteria().andOperator(where("sequence").is(sequence), where("eventId").is(eventId))));
        var update = new Update().set("sequence", sequence).set("eventId", eventId);
        return mongo.updateFirst(newerOrSame, update, COLLECTION).flatMap(result -> {
            if (result.getMatchedCount() > 0) {
                return Mono.just(true);
            }
            var first = new Document("_id", id).append("incubatorId", incubatorId).append("applicationId", applicationId)
                    .append("sequence", sequence).append("eventId", eventId);
            return mongo.insert(first, COLLECTION).thenReturn(true)
                    .onErrorResume(DuplicateKeyException.class, older -> Mono.just(false));
        });
    }
}
