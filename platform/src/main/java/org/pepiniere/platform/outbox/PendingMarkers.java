package org.pepiniere.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.pepiniere.platform.batching.Coalescing;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
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
 * <p>
 * The marks and unmarks of writes made at the same time go as one bulk command each
 * ({@link Coalescing}); each still completes only once its own statement is stored.
 */
final class PendingMarkers {

    static final String COLLECTION = "outbox_pending";

    /** The token of events found in an outbox by other means than a write through {@link Outbox#store}. */
    static final String FOUND = "found";

    private static final int BATCH = 500;

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final Coalescing<Marking, Boolean> marking = new Coalescing<>(this::markAll, BATCH);
    private final Coalescing<Marking, Boolean> unmarking = new Coalescing<>(this::unmarkAll, BATCH);

    /** The write of {@code token} to one document. */
    private record Marking(String collection, Object documentId, String token) {

        Query marker() {
            return byId(collection, documentId);
        }
    }

    PendingMarkers(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    Mono<Void> mark(String collection, Object documentId, String token) {
        return marking.submit(new Marking(collection, documentId, token)).then();
    }

    /** The write of {@code token} is published: one delete when it was the only pending write, else one pull. */
    Mono<Void> unmark(String collection, Object documentId, String token) {
        return unmarking.submit(new Marking(collection, documentId, token)).then();
    }

    private Mono<Coalescing.Answers<Marking, Boolean>> markAll(List<Marking> marks) {
        var at = Date.from(clock.instant());
        var bulk = mongo.bulkOps(BulkMode.ORDERED, COLLECTION);
        marks.forEach(mark -> bulk.upsert(mark.marker(), new Update().set("collection", mark.collection())
                .set("documentId", mark.documentId()).set("at", at).addToSet("tokens", mark.token()).setOnInsert("attempts", 0)));
        return bulk.execute().thenReturn(mark -> Boolean.TRUE);
    }

    /**
     * Deletes each marker that names only its write. When some are left (another write of the same
     * document is pending), their tokens are pulled instead, and the markers left with none deleted.
     */
    private Mono<Coalescing.Answers<Marking, Boolean>> unmarkAll(List<Marking> unmarks) {
        var deletes = mongo.bulkOps(BulkMode.UNORDERED, COLLECTION);
        unmarks.forEach(unmark -> deletes.remove(Query.query(where("_id").is(id(unmark.collection(), unmark.documentId()))
                .and("tokens").is(List.of(unmark.token())))));
        return deletes.execute()
                .flatMap(deleted -> deleted.getDeletedCount() == unmarks.size() ? Mono.empty() : pullTokens(unmarks))
                .thenReturn(unmark -> Boolean.TRUE);
    }

    private Mono<Void> pullTokens(List<Marking> unmarks) {
        var pulls = mongo.bulkOps(BulkMode.UNORDERED, COLLECTION);
        unmarks.forEach(unmark -> pulls.updateOne(unmark.marker(), new Update().pull("tokens", unmark.token())));
        var ids = unmarks.stream().map(unmark -> id(unmark.collection(), unmark.documentId())).distinct().toList();
        return pulls.execute()
                .then(mongo.remove(Query.query(where("_id").in(ids).and("tokens").size(0)), COLLECTION))
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
