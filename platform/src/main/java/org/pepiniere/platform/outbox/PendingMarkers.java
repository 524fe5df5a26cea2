package org.pepiniere.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The small collection that says which documents may hold unpublished events, so that the sweep
 * reads only those and never a whole aggregate collection (the embedded MongoDB-wire server uses
 * no secondary index: any other query scans every document).
 * <p>
 * A marker is written <em>before</em> the aggregate's write, with a token of that write. The kick
 * that published the write's events removes its token, and the marker with it when no other write
 * is pending. A marker whose write never happened (a crash, a refused condition) names a document
 * with an empty outbox: the sweep deletes it.
 */
final class PendingMarkers {

    static final String COLLECTION = "outbox_pending";

    /** The token of events found in an outbox by other means than a write through {@link Outbox#store}. */
    static final String FOUND = "found";

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    PendingMarkers(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    Mono<Void> mark(String collection, Object documentId, String token) {
        var update = new Update().set("collection", collection).set("documentId", documentId)
                .set("at", Date.from(clock.instant())).addToSet("tokens", token).setOnInsert("attempts", 0);
        return mongo.upsert(byId(collection, documentId), update, COLLECTION).then();
    }

    /** The write of {@code token} is published: one delete when it was the only pending write, else one pull. */
    Mono<Void> unmark(String collection, Object documentId, String token) {
        var onlyThisWrite = Query.query(where("_id").is(id(collection, documentId)).and("tokens").is(List.of(token)));
        return mongo.remove(onlyThisWrite, COLLECTION)
                .flatMap(removed -> removed.getDeletedCount() > 0 ? Mono.empty()
                        : mongo.updateFirst(byId(collection, documentId), new Update().pull("tokens", token), COLLECTION))
                .then();
    }

    Flux<PendingMarker> due(Instant before, int limit) {
        var query = Query.query(where("at").lt(Date.from(before))).with(Sort.by("at")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).map(PendingMarker::of);
    }

    /** Deletes a marker whose document was drained, unless a write came in since it was read. */
    Mono<Void> forget(PendingMarker marker) {
        var unchanged = Query.query(where("_id").is(marker.id()).and("tokens").is(marker.tokens()));
        return mongo.remove(unchanged, COLLECTION).then();
    }

    Mono<Void> failed(PendingMarker marker, int attempts, String error) {
        return mongo.updateFirst(Query.query(where("_id").is(marker.id())),
                new Update().set("attempts", attempts).set("lastError", error), COLLECTION).then();
    }

    Mono<Void> resetAttempts(PendingMarker marker) {
        return mongo.updateFirst(Query.query(where("_id").is(marker.id())),
                new Update().set("attempts", 0).unset("lastError"), COLLECTION).then();
    }

    Mono<Long> count() {
        return mongo.count(new Query(), COLLECTION);
    }

    private static Query byId(String collection, Object documentId) {
        return Query.query(where("_id").is(id(collection, documentId)));
    }

    static String id(String collection, Object documentId) {
        return collection + ":" + documentId;
    }

    record PendingMarker(String id, String collection, Object documentId, List<String> tokens, int attempts) {

        static PendingMarker of(Document marker) {
            Number attempts = marker.get("attempts", Number.class);
            return new PendingMarker(marker.getString("_id"), marker.getString("collection"), marker.get("documentId"),
                    marker.getList("tokens", String.class, List.of()), attempts == null ? 0 : attempts.intValue());
        }
    }
}
