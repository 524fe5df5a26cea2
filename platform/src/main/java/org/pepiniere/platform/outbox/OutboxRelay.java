package org.pepiniere.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.bson.Document;
import org.pepiniere.platform.batching.Coalescing;
import org.pepiniere.platform.events.CloudEventMapping;
import org.pepiniere.platform.outbox.PendingMarkers.PendingMarker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import io.cloudevents.CloudEvent;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes the events waiting in aggregates' outboxes, then removes each from its document.
 * <p>
 * Kicked by {@link Outbox#store} right after a write, with the messages it just stored: the kick
 * sends them, then pulls them from the document and unmarks it, without reading it again. A
 * periodic sweep reads only the documents marked pending for longer than one interval (a crash, a
 * Kafka outage) and republishes what they hold. Each document is swept on its own, so one that
 * fails never holds back the others; an event that failed {@code maxAttempts} sweeps for a reason
 * of its own (not a broker that is down) is parked (see {@link ParkedEvents}) and counted in
 * {@link #status()}. The events after it in the same document are then published: one event that
 * can never be sent must not stop its aggregate for ever, and an operator learns of the gap from
 * the parked count, not from silence. Delivery is at least once: a crash between the send and the
 * removal sends the event again, with the same id, and consumers drop the duplicate.
 * <p>
 * The removals after the kicks of writes made at the same time go as one bulk update per collection
 * ({@link Coalescing}).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int SWEEP_BATCH = 500;
    private static final int SWEEP_CONCURRENCY = 8;

    private final ReactiveMongoTemplate mongo;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final URI source;
    private final List<String> foundIn;
    private final Duration sweepInterval;
    private final int maxAttempts;
    private final Clock clock;
    private final PendingMarkers markers;
    private final ParkedEvents parked;
    private final OutboxStatus status = new OutboxStatus();
    private final Coalescing<Published, Boolean> removing = new Coalescing<>(this::removeAll, SWEEP_BATCH);
    private volatile Disposable sweeping;

    /**
     * @param foundIn     collections written without {@link Outbox#store} (by an older version of a
     *                    service): searched once at start for events a crash left behind
     * @param maxAttempts failed sweeps of one event, for a reason of its own, before it is parked
     */
    public OutboxRelay(ReactiveMongoTemplate mongo, KafkaTemplate<String, CloudEvent> kafka, URI source,
            List<String> foundIn, Duration sweepInterval, int maxAttempts, Clock clock) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.source = source;
        this.foundIn = List.copyOf(foundIn);
        this.sweepInterval = sweepInterval;
        this.maxAttempts = maxAttempts;
        this.clock = clock;
        this.markers = new PendingMarkers(mongo, clock);
        this.parked = new ParkedEvents(mongo, clock);
    }

    public OutboxStatus status() {
        return status;
    }

    Mono<Void> markPending(String collection, Object documentId, String token) {
        return markers.mark(collection, documentId, token);
    }

    Mono<Void> unmarkPending(String collection, Object documentId, String token) {
        return markers.unmark(collection, documentId, token);
    }

    /** Sends, in the background, the messages a write just stored; the sweep retries on failure. */
    void kick(String collection, Object documentId, List<OutboxMessage> messages, String token) {
        var ids = messages.stream().map(OutboxMessage::eventId).toList();
        Flux.fromIterable(messages)
                .concatMap(this::send)
                // Once sent, a lost pull only leaves a published event in the document: never a lost one.
                .then(Mono.when(removing.submit(new Published(collection, documentId, ids)), markers.unmark(collection, documentId, token)))
                .subscribe(null, e -> log.warn("Outbox of {} {} left for the sweep: {}", collection, documentId, e.toString()));
    }

    /**
     * Sends, in the background, what one document's outbox holds, reading it first. For a write that
     * did not go through {@link Outbox#store}: when the send fails, the document is marked pending
     * so that the sweep retries it.
     *
     * @deprecated write through {@link Outbox#store}, which marks the document before the write
     */
    @Deprecated
    public void publishPending(String collection, Object documentId) {
        outboxOf(collection, documentId)
                .flatMap(entries -> Flux.fromIterable(entries).concatMap(entry -> sendStored(entry).thenReturn(entry.getString("eventId")))
                        .collectList()
                        .flatMap(sent -> pull(collection, documentId, sent)))
                .onErrorResume(e -> {
                    log.warn("Outbox of {} {} left for the sweep: {}", collection, documentId, e.toString());
                    return markers.mark(collection, documentId, PendingMarkers.FOUND);
                })
                .subscribe(null, e -> log.warn("Could not mark the outbox of {} {} pending: {}", collection, documentId, e.toString()));
    }

    /**
     * Sends what the documents marked pending for longer than one sweep interval hold (younger ones
     * are still being sent by their kick); completes with the number of events sent.
     */
    public Mono<Long> sweep() {
        return markers.due(clock.instant().minus(sweepInterval), SWEEP_BATCH)
                .flatMap(marker -> drain(marker).onErrorResume(e -> {
                    log.warn("Outbox sweep of {} failed: {}", marker.id(), e.toString());
                    return Mono.just(0L);
                }), SWEEP_CONCURRENCY)
                .reduce(0L, Long::sum)
                .flatMap(sent -> Mono.zip(markers.count(), parked.count())
                        .doOnNext(counts -> status.update(counts.getT1(), counts.getT2()))
                        .thenReturn(sent));
    }

    private Mono<Long> drain(PendingMarker marker) {
        return outboxOf(marker.collection(), marker.documentId())
                .flatMap(entries -> entries.isEmpty() ? markers.forget(marker).thenReturn(0L) : drain(marker, entries));
    }

    private Mono<Long> drain(PendingMarker marker, List<Document> entries) {
        var sent = new ArrayList<String>();
        return Flux.fromIterable(entries)
                .concatMap(entry -> sendStored(entry).doOnSuccess(ignored -> sent.add(entry.getString("eventId"))))
                .then(Mono.just(Optional.<Throwable>empty()))
                .onErrorResume(failure -> Mono.just(Optional.of(failure)))
                .flatMap(failure -> pull(marker.collection(), marker.documentId(), sent)
                        .then(Mono.defer(() -> failure.isPresent()
                                ? failed(marker, sent.isEmpty() ? marker.attempts() : 0, entries.get(sent.size()), failure.get())
                                : markers.forget(marker))))
                .then(Mono.fromSupplier(() -> (long) sent.size()));
    }

    /** @param attempts how many sweeps already failed on this same event */
    private Mono<Void> failed(PendingMarker marker, int attempts, Document entry, Throwable failure) {
        if (brokerUnavailable(failure)) {
            // Not the event's fault: it will go when the broker is back, however long that takes.
            log.warn("Outbox of {} waits for Kafka: {}", marker.id(), failure.toString());
            return Mono.empty();
        }
        String error = failure.toString();
        if (attempts + 1 < maxAttempts) {
            log.warn("Event {} in {} failed to publish ({} of {} attempts): {}", entry.getString("eventId"), marker.id(),
                    attempts + 1, maxAttempts, error);
            return markers.failed(marker, attempts + 1, error);
        }
        log.error("Parking event {} of {} after {} failed attempts: {}", entry.getString("eventId"), marker.id(), maxAttempts, error);
        return parked.park(marker.collection(), marker.documentId(), entry, error).then(markers.resetAttempts(marker));
    }

    private static boolean brokerUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }

    private Mono<List<Document>> outboxOf(String collection, Object documentId) {
        var query = Query.query(where("_id").is(documentId));
        query.fields().include(Outbox.FIELD);
        return mongo.findOne(query, Document.class, collection)
                .map(document -> document.getList(Outbox.FIELD, Document.class, List.of()))
                .defaultIfEmpty(List.of());
    }

    private Mono<Void> sendStored(Document entry) {
        return Mono.defer(() -> send(mongo.getConverter().read(OutboxMessage.class, entry)));
    }

    private Mono<Void> send(OutboxMessage message) {
        return Mono.defer(() -> {
            var record = new ProducerRecord<>(message.topic(), message.subject(), CloudEventMapping.toCloudEvent(message, source));
            // send() may wait for cluster metadata before it returns its future: keep that off the event loop.
            return Mono.fromFuture(() -> kafka.send(record)).subscribeOn(Schedulers.boundedElastic()).then();
        });
    }

    private Mono<Void> pull(String collection, Object documentId, List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Mono.empty();
        }
        var update = new Update().pull(Outbox.FIELD, new Document("eventId", new Document("$in", eventIds)));
        return mongo.updateFirst(Query.query(where("_id").is(documentId)), update, collection).then();
    }

    /** Events of one document sent by a kick, to remove from its outbox. */
    private record Published(String collection, Object documentId, List<String> eventIds) {
    }

    private Mono<Coalescing.Answers<Published, Boolean>> removeAll(List<Published> published) {
        var byCollection = new java.util.LinkedHashMap<String, List<Published>>();
        published.forEach(each -> byCollection.computeIfAbsent(each.collection(), name -> new ArrayList<>()).add(each));
        return Flux.fromIterable(byCollection.entrySet())
                .flatMap(collection -> {
                    var bulk = mongo.bulkOps(BulkMode.UNORDERED, collection.getKey());
                    collection.getValue().forEach(each -> bulk.updateOne(Query.query(where("_id").is(each.documentId())),
                            new Update().pull(Outbox.FIELD, new Document("eventId", new Document("$in", each.eventIds())))));
                    return bulk.execute();
                })
                .then(Mono.just(each -> Boolean.TRUE));
    }

    /** Marks pending the documents of {@code foundIn} collections that hold events, so that the sweep sends them. */
    Mono<Long> markFoundOutboxes() {
        return Flux.fromIterable(foundIn)
                .concatMap(collection -> {
                    var query = Query.query(where(Outbox.FIELD + ".0").exists(true));
                    query.fields().include("_id");
                    return mongo.find(query, Document.class, collection)
                            .concatMap(document -> markers.mark(collection, document.get("_id"), PendingMarkers.FOUND).thenReturn(1L));
                })
                .reduce(0L, Long::sum);
    }

    @Override
    public void start() {
        sweeping = markFoundOutboxes()
                .onErrorResume(e -> {
                    log.warn("Could not search {} for events left behind: {}", foundIn, e.toString());
                    return Mono.just(0L);
                })
                .thenMany(Flux.interval(sweepInterval, sweepInterval))
                .onBackpressureDrop()
                .concatMap(tick -> sweep().onErrorResume(e -> {
                    log.warn("Outbox sweep failed: {}", e.toString());
                    return Mono.just(0L);
                }), 1)
                .subscribe(sent -> {
                    if (sent > 0) {
                        log.info("Outbox sweep published {} pending event(s)", sent);
                    }
                });
    }

    @Override
    public void stop() {
        Disposable current = sweeping;
        if (current != null) {
            current.dispose();
        }
        sweeping = null;
    }

    @Override
    public boolean isRunning() {
        return sweeping != null;
    }
}
