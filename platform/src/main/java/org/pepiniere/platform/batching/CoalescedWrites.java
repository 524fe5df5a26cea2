package org.pepiniere.platform.batching;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.mongodb.MongoBulkWriteException;
import org.bson.Document;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/**
 * The inserts, single-document updates and deletes of one collection, each kind sent as one unordered
 * bulk command for what concurrent callers asked meanwhile ({@link Coalescing}): a burst of writes costs
 * a few round trips, and a lone write goes at once. Each caller completes once its own statement is stored.
 * <p>
 * Statements of one batch have no order between them, as concurrent commands have none: a caller that
 * needs one write after another waits for the first.
 */
public final class CoalescedWrites {

    private static final int DUPLICATE_KEY = 11000;

    private final ReactiveMongoTemplate mongo;
    private final Class<?> entityType;
    private final String collection;
    private final Coalescing<Object, Boolean> inserts;
    private final Coalescing<Change, Boolean> updates;
    private final Coalescing<Query, Boolean> removals;
    private final Coalescing<Conditional, Boolean> conditionals;

    private record Change(Query query, Update update) {
    }

    private record Conditional(Object id, Query query, Update update, String witnessField, Object witness) {
    }

    /**
     * @param entityType the mapped type whose collection is written, and whose mapping reads the queries
     * @param maxBatch   the most statements one command carries
     */
    public CoalescedWrites(ReactiveMongoTemplate mongo, Class<?> entityType, int maxBatch) {
        this.mongo = mongo;
        this.entityType = entityType;
        this.collection = mongo.getCollectionName(entityType);
        this.inserts = new Coalescing<>(this::insertAll, maxBatch);
        this.updates = new Coalescing<>(this::updateAll, maxBatch);
        this.removals = new Coalescing<>(this::removeAll, maxBatch);
        this.conditionals = new Coalescing<>(this::updateIfMatchingAll, maxBatch);
    }

    /** Inserts the document; emits false, writing nothing, when one with its id exists. */
    public Mono<Boolean> insert(Object document) {
        return inserts.submit(document);
    }

    /** Updates the first document {@code query} finds, if any. */
    public Mono<Void> updateOne(Query query, Update update) {
        return updates.submit(new Change(query, update)).then();
    }

    /**
     * Updates the document {@code id} if {@code query} (which names that id) finds it; emits whether it did. A bulk
     * command counts its matches but does not say which statement matched: when some did not, the documents are
     * read back, and a statement matched if its document holds {@code witness} in {@code witnessField}. So
     * {@code update} must set that field to that value, and no other write may set the same value.
     */
    public Mono<Boolean> updateIfMatching(Object id, Query query, Update update, String witnessField, Object witness) {
        return conditionals.submit(new Conditional(id, query, update.set(witnessField, witness), witnessField, witness));
    }

    /** Deletes every document {@code query} finds. */
    public Mono<Void> remove(Query query) {
        return removals.submit(query).then();
    }

    /** Unordered, so that a document already stored (a redelivered event) stops none of the others. */
    private Mono<Coalescing.Answers<Object, Boolean>> insertAll(List<Object> documents) {
        return mongo.bulkOps(BulkMode.UNORDERED, entityType, collection).insert(documents).execute()
                .thenReturn(Set.<Integer>of())
                .onErrorResume(CoalescedWrites::onlyDuplicates, failure -> Mono.just(duplicateIndexes(failure)))
                .map(duplicates -> document -> !duplicates.contains(indexOf(documents, document)));
    }

    private Mono<Coalescing.Answers<Change, Boolean>> updateAll(List<Change> changes) {
        var bulk = mongo.bulkOps(BulkMode.UNORDERED, entityType, collection);
        changes.forEach(change -> bulk.updateOne(change.query(), change.update()));
        return bulk.execute().thenReturn(change -> Boolean.TRUE);
    }

    private Mono<Coalescing.Answers<Query, Boolean>> removeAll(List<Query> queries) {
        var bulk = mongo.bulkOps(BulkMode.UNORDERED, entityType, collection);
        queries.forEach(bulk::remove);
        return bulk.execute().thenReturn(query -> Boolean.TRUE);
    }

    private Mono<Coalescing.Answers<Conditional, Boolean>> updateIfMatchingAll(List<Conditional> changes) {
        var bulk = mongo.bulkOps(BulkMode.UNORDERED, entityType, collection);
        changes.forEach(change -> bulk.updateOne(change.query(), change.update()));
        return bulk.execute().flatMap(result -> result.getMatchedCount() == changes.size()
                ? Mono.just(change -> Boolean.TRUE)
                : witnesses(changes).map(found -> change -> Objects.equals(found.get(change.id()), change.witness())));
    }

    private Mono<Map<Object, Object>> witnesses(List<Conditional> changes) {
        var query = Query.query(where("_id").in(changes.stream().map(Conditional::id).distinct().toList()));
        changes.stream().map(Conditional::witnessField).distinct().forEach(field -> query.fields().include(field));
        return mongo.find(query, Document.class, collection).collect(() -> (Map<Object, Object>) new HashMap<Object, Object>(), (found, document) -> changes.stream()
                .filter(change -> change.id().equals(document.get("_id")))
                .findFirst()
                .ifPresent(change -> found.put(change.id(), document.get(change.witnessField()))));
    }

    /** By identity: two equal documents asked by two callers are two statements, each with its own answer. */
    private static int indexOf(List<Object> documents, Object document) {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i) == document) {
                return i;
            }
        }
        return -1;
    }

    private static boolean onlyDuplicates(Throwable failure) {
        var errors = writeErrors(failure);
        return errors != null && !errors.isEmpty() && errors.stream().allMatch(error -> error.code() == DUPLICATE_KEY);
    }

    private static Set<Integer> duplicateIndexes(Throwable failure) {
        var indexes = new HashSet<Integer>();
        writeErrors(failure).forEach(error -> indexes.add(error.index()));
        return indexes;
    }

    private record WriteError(int index, int code) {
    }

    private static List<WriteError> writeErrors(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MongoBulkWriteException bulk) {
                return bulk.getWriteErrors().stream().map(error -> new WriteError(error.getIndex(), error.getCode())).toList();
            }
            if (cause instanceof BulkOperationException bulk) {
                return bulk.getErrors().stream().map(error -> new WriteError(error.getIndex(), error.getCode())).toList();
            }
        }
        return null;
    }
}
