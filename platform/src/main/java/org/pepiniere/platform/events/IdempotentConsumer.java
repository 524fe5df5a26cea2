package org.pepiniere.platform.events;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import org.bson.Document;
import org.pepiniere.platform.batching.Coalescing;
import org.pepiniere.platform.events.RejectedEvent.Reason;
import org.pepiniere.platform.web.Correlated;
import org.pepiniere.platform.web.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.MongoBulkWriteException;

import io.cloudevents.CloudEvent;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a handler once per event id and consumer group, as far as anyone can see, in the order of
 * each aggregate, after checking the event's tenant. Every listener goes through it.
 * <ul>
 * <li><b>Tenant.</b> The envelope's {@code incubatorid} must equal the data's {@code incubatorId}:
 * a missing or different one is a {@link RejectedEvent} and the record goes to the dead-letter topic
 * without running the handler.</li>
 * <li><b>Order.</b> Events of one aggregate (one subject) are handled one after the other, in the
 * order they were received: a listener that returns a {@code Mono} is handed the next record of a
 * poll before the previous one completed. A failing handler is retried here, inside that chain,
 * with a bounded exponential back-off, so the next event of the aggregate waits. When the retries
 * are exhausted the event is dead-lettered and its aggregate is <em>blocked</em>: its later events
 * are dead-lettered too, never applied out of order, until {@link #release} after a replay.</li>
 * <li><b>Once.</b> One read per event checks both "already processed" and "aggregate blocked"; the id
 * is remembered after the handler succeeded, in the background, and in a small in-memory set that
 * answers redeliveries within the process. A crash before the id is stored runs the handler again
 * on redelivery, so handlers are written to be naturally idempotent (upserts keyed by business id).</li>
 * <li><b>Round trips.</b> The reads of events handled at the same time go as one {@code $in} read, and
 * the processed ids as one unordered insert ({@link Coalescing}): a poll of many records costs a few
 * commands, and a lone event waits for nobody.</li>
 * </ul>
 */
public class IdempotentConsumer {

    /** Processed event ids, one document per consumer group and event, and the group's blocked aggregates. */
    public static final String COLLECTION = "processed_events";

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);
    private static final int RECENT_IDS = 10_000;
    private static final int BATCH = 500;
    private static final int DUPLICATE_KEY = 11000;

    private final ReactiveMongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;
    private final String consumerGroup;
    private final int retries;
    private final Duration firstBackOff;
    private final RecentIds recent = new RecentIds(RECENT_IDS);
    private final ConcurrentMap<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
    private final Coalescing<List<String>, Set<String>> lookups = new Coalescing<>(this::lookUp, BATCH);
    private final Coalescing<Document, Boolean> remembering = new Coalescing<>(this::insertProcessed, BATCH);

    /**
     * @param retries      how many times a failing handler runs again before the event is dead-lettered
     * @param firstBackOff the wait before the first retry, doubled before each next one
     */
    public IdempotentConsumer(ReactiveMongoTemplate mongo, JsonMapper json, Clock clock, String consumerGroup,
            int retries, Duration firstBackOff) {
        this.mongo = mongo;
        // Requests are read strictly, events tolerantly: contracts evolve by adding fields, and a
        // consumer must read an event that carries fields it does not know yet.
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.clock = clock;
        this.consumerGroup = consumerGroup;
        this.retries = retries;
        this.firstBackOff = firstBackOff;
    }

    /**
     * Handles {@code event} once, after the events of its aggregate received before it. Fails with a
     * {@link RejectedEvent} when the event must go to the dead-letter topic.
     */
    public Mono<Void> consume(CloudEvent event, Function<IncomingEvent, Mono<Void>> handler) {
        return consume(event, handler, true);
    }

    /**
     * As {@link #consume}, for a handler whose effect is the same however often it runs for one event
     * (an upsert keyed by the business id that only sets on insert): its event id is not stored, which
     * saves a write per event. Tenant check, order, retries and blocked aggregates are those of
     * {@link #consume}, and a redelivery within the process is still dropped; a redelivery after a
     * restart runs the handler again, to the same effect.
     */
    public Mono<Void> consumeIdempotent(CloudEvent event, Function<IncomingEvent, Mono<Void>> handler) {
        return consume(event, handler, false);
    }

    private Mono<Void> consume(CloudEvent event, Function<IncomingEvent, Mono<Void>> handler, boolean store) {
        return Mono.defer(() -> {
            String aggregate = aggregateOf(event);
            var done = new CompletableFuture<Void>();
            CompletableFuture<Void> previous = inFlight.put(aggregate, done);
            Mono<Void> afterPrevious = previous == null ? Mono.empty() : Mono.fromFuture(previous, true);
            return afterPrevious.then(handleInOrder(event, aggregate, handler, store))
                    .doFinally(signal -> {
                        inFlight.remove(aggregate, done);
                        done.complete(null);
                    });
        });
    }

    /** Lets the events of a blocked aggregate through again, once its dead letters are replayed in order. */
    public Mono<Boolean> release(String aggregate) {
        return mongo.remove(Query.query(where("_id").is(blockedKey(aggregate))), COLLECTION)
                .map(result -> result.getDeletedCount() > 0);
    }

    private Mono<Void> handleInOrder(CloudEvent event, String aggregate, Function<IncomingEvent, Mono<Void>> handler,
            boolean store) {
        return Mono.defer(() -> {
            var incoming = new IncomingEvent(event, json);
            var context = new RequestContext(
                    incoming.correlationId() != null ? incoming.correlationId() : event.getId(), incoming.traceparent());
            var refused = tenantRefusal(incoming);
            if (refused != null) {
                return Mono.error(refused);
            }
            String processed = processedKey(event.getId());
            if (recent.contains(processed)) {
                return Mono.<Void>empty();
            }
            String blocked = blockedKey(aggregate);
            return lookups.submit(List.of(processed, blocked))
                    .defaultIfEmpty(Set.of())
                    .flatMap(found -> found.contains(processed) ? Mono.<Void>fromRunnable(() -> recent.add(processed))
                            : found.contains(blocked) ? Mono.<Void>error(blockedBy(event, aggregate))
                            : handleWithRetries(incoming, context.correlationId(), aggregate, processed, handler, store))
                    .then()
                    .contextWrite(context::writeTo);
        });
    }

    private Mono<Void> handleWithRetries(IncomingEvent incoming, String correlationId, String aggregate, String processed,
            Function<IncomingEvent, Mono<Void>> handler, boolean store) {
        var backOff = Retry.backoff(retries, firstBackOff).jitter(0)
                .doBeforeRetry(signal -> Correlated.log(correlationId, () -> log.warn("Retrying event {} of {} ({}): {}",
                        incoming.id(), aggregate, signal.totalRetries() + 1, signal.failure().toString())))
                .onRetryExhaustedThrow((spec, signal) -> signal.failure());
        return Mono.defer(() -> handler.apply(incoming))
                .retryWhen(backOff)
                .onErrorResume(failure -> block(incoming, aggregate, failure))
                .then(Mono.fromRunnable(() -> {
                    recent.add(processed);
                    if (!store) {
                        return;
                    }
                    // Off the critical path: the next event of the aggregate need not wait for this write.
                    // Redeliveries in this process are answered by `recent`; a crash before the write lands
                    // runs the handler again, as a crash between handler and write always could.
                    remember(processed, incoming).subscribe(null, e -> Correlated.log(correlationId,
                            () -> log.warn("Could not remember event {} as processed: {}", incoming.id(), e.toString())));
                }));
    }

    private Mono<Void> block(IncomingEvent incoming, String aggregate, Throwable failure) {
        var rejected = new RejectedEvent(Reason.HANDLER_FAILED, "Event " + incoming.id() + " of " + aggregate
                + " still failed after " + retries + " retries; later events of " + aggregate + " are held back", failure);
        if (incoming.subject() == null) {
            return Mono.error(rejected);
        }
        var entry = new Document("_id", blockedKey(aggregate))
                .append("aggregate", aggregate)
                .append("eventId", incoming.id())
                .append("type", incoming.type())
                .append("error", String.valueOf(failure))
                .append("blockedAt", Date.from(clock.instant()));
        return mongo.insert(entry, COLLECTION)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
                .then(Mono.error(rejected));
    }

    private static RejectedEvent blockedBy(CloudEvent event, String aggregate) {
        return new RejectedEvent(Reason.AGGREGATE_BLOCKED, "Event " + event.getId() + " held back: an earlier event of "
                + aggregate + " was dead-lettered", null);
    }

    private static RejectedEvent tenantRefusal(IncomingEvent incoming) {
        String inData;
        try {
            inData = incoming.dataIncubatorId();
        } catch (RuntimeException unreadable) {
            return new RejectedEvent(Reason.TENANT_MISMATCH, "Event " + incoming.id() + " has no readable data", unreadable);
        }
        String onEnvelope = incoming.incubatorId();
        if (onEnvelope == null || !Objects.equals(onEnvelope, inData)) {
            return new RejectedEvent(Reason.TENANT_MISMATCH, "Event " + incoming.id() + " names incubator " + onEnvelope
                    + " on its envelope and " + inData + " in its data", null);
        }
        return null;
    }

    /**
     * Forgets processed ids after {@code retention}, through a TTL index, so the collection does not
     * grow for ever; keep it longer than the topics' retention, past which no duplicate can come.
     * Blocked aggregates carry no {@code processedAt} and stay until released.
     * (The embedded MongoDB-wire server accepts the index but does not expire documents.)
     */
    public Mono<Void> expireProcessedAfter(Duration retention) {
        return mongo.indexOps(COLLECTION)
                .createIndex(new Index("processedAt", Sort.Direction.ASC).expire(retention).named("processed_ttl"))
                .then();
    }

    private Mono<Void> remember(String key, IncomingEvent event) {
        var processed = new Document("_id", key)
                .append("type", event.type())
                .append("subject", event.subject())
                .append("processedAt", Date.from(clock.instant()));
        return remembering.submit(processed).then();
    }

    /** Which of the keys asked by each of several events are stored: one read for them all. */
    private Mono<Coalescing.Answers<List<String>, Set<String>>> lookUp(List<List<String>> asked) {
        var keys = asked.stream().flatMap(List::stream).distinct().toList();
        var query = Query.query(where("_id").in(keys));
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION)
                .map(found -> found.getString("_id"))
                .collect(HashSet<String>::new, Set::add)
                .map(found -> mine -> {
                    var answer = new HashSet<>(mine);
                    answer.retainAll(found);
                    return answer;
                });
    }

    /** Unordered, so that an id already stored (a redelivery after a crash) does not stop the others. */
    private Mono<Coalescing.Answers<Document, Boolean>> insertProcessed(List<Document> processed) {
        return mongo.bulkOps(BulkMode.UNORDERED, COLLECTION).insert(processed).execute()
                .onErrorResume(IdempotentConsumer::onlyDuplicates, e -> Mono.empty())
                .thenReturn(document -> Boolean.TRUE);
    }

    private static boolean onlyDuplicates(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MongoBulkWriteException bulk) {
                return bulk.getWriteErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY);
            }
            if (cause instanceof BulkOperationException bulk) {
                return bulk.getErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY);
            }
        }
        return failure instanceof DuplicateKeyException;
    }

    private static String aggregateOf(CloudEvent event) {
        return event.getSubject() != null ? event.getSubject() : event.getId();
    }

    private String processedKey(String eventId) {
        return consumerGroup + "/" + eventId;
    }

    private String blockedKey(String aggregate) {
        return consumerGroup + "/blocked/" + aggregate;
    }
}
