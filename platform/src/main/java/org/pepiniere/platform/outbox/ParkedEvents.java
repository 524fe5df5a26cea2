package org.pepiniere.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.Date;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/**
 * Events the relay stopped retrying after too many failed attempts. Each stays stored: moved from
 * its document's {@code outbox} to its {@code parkedOutbox} with the last error, and listed in a
 * small collection that an operator reads (and the metrics count) without scanning aggregates.
 * To retry one, move it back into {@code outbox} and mark the document pending again.
 */
final class ParkedEvents {

    static final String COLLECTION = "outbox_parked";

    /** The array field, beside {@link Outbox#FIELD}, that keeps an aggregate's parked events. */
    static final String FIELD = "parkedOutbox";

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    ParkedEvents(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    Mono<Void> park(String collection, Object documentId, Document entry, String error) {
        String eventId = entry.getString("eventId");
        var parkedAt = Date.from(clock.instant());
        var parked = new Document(entry).append("error", error).append("parkedAt", parkedAt);
        var move = new Update().pull(Outbox.FIELD, new Document("eventId", eventId)).push(FIELD, parked);
        var listed = new Document("_id", collection + ":" + documentId + ":" + eventId)
                .append("collection", collection).append("documentId", documentId).append("eventId", eventId)
                .append("topic", entry.get("topic")).append("type", entry.get("type"))
                .append("error", error).append("parkedAt", parkedAt);
        return mongo.updateFirst(Query.query(where("_id").is(documentId)), move, collection)
                .then(mongo.save(listed, COLLECTION))
                .then();
    }

    Mono<Long> count() {
        return mongo.count(new Query(), COLLECTION);
    }
}
