package org.pepiniere.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.pepiniere.platform.events.CloudEventMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
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
 * Kicked right after a write; a periodic sweep republishes what a crash or a Kafka outage left.
 * Delivery is at least once: a crash between the send and the removal sends the event again, with
 * the same id, and consumers drop the duplicate.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final ReactiveMongoTemplate mongo;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final URI source;
    private final List<String> collections;
    private final Duration sweepInterval;
    private final Clock clock;
    private volatile Disposable sweeping;

    public OutboxRelay(ReactiveMongoTemplate mongo, KafkaTemplate<String, CloudEvent> kafka, URI source,
            List<String> collections, Duration sweepInterval, Clock clock) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.source = source;
        this.collections = List.copyOf(collections);
        this.sweepInterval = sweepInterval;
        this.clock = clock;
    }

    /** Sends, in the background, what one document's outbox holds; the sweep retries on failure. */
    public void publishPending(String collection, Object documentId) {
        publish(collection, Query.query(where("_id").is(documentId)))
                .subscribe(sent -> { }, e -> log.warn("Outbox of {} {} left for the sweep: {}", collection, documentId, e.toString()));
    }

    /**
     * Sends every event that waited longer than one sweep interval in any outbox collection (younger
     * ones are still being sent by their kick); completes with the number sent.
     */
    public Mono<Long> sweep() {
        return Flux.fromIterable(collections)
                .concatMap(collection -> publish(collection, leftBehind())
                        .onErrorResume(e -> {
                            log.warn("Outbox sweep of {} stopped early: {}", collection, e.toString());
                            return Mono.just(0L);
                        }))
                .reduce(0L, Long::sum);
    }

    private Query leftBehind() {
        var cutoff = Date.from(clock.instant().minus(sweepInterval));
        return Query.query(where(Outbox.FIELD + ".0.occurredAt").lt(cutoff));
    }

    Mono<Long> publish(String collection, Query query) {
        query.addCriteria(where(Outbox.FIELD + ".0").exists(true));
        query.fields().include(Outbox.FIELD);
        return mongo.find(query, Document.class, collection)
                .concatMap(document -> Flux.fromIterable(pending(document))
                        .concatMap(message -> send(message).then(remove(collection, document.get("_id"), message.eventId()))))
                .count();
    }

    private List<OutboxMessage> pending(Document document) {
        return document.getList(Outbox.FIELD, Document.class).stream()
                .map(entry -> mongo.getConverter().read(OutboxMessage.class, entry))
                .toList();
    }

    private Mono<Void> send(OutboxMessage message) {
        var record = new ProducerRecord<>(message.topic(), message.subject(), CloudEventMapping.toCloudEvent(message, source));
        // send() may wait for cluster metadata before it returns its future: keep that off the event loop.
        return Mono.fromFuture(() -> kafka.send(record)).subscribeOn(Schedulers.boundedElastic()).then();
    }

    private Mono<Void> remove(String collection, Object documentId, String messageId) {
        var update = new Update().pull(Outbox.FIELD, new Document("eventId", messageId));
        return mongo.updateFirst(Query.query(where("_id").is(documentId)), update, collection).then();
    }

    @Override
    public void start() {
        sweeping = Flux.interval(sweepInterval, sweepInterval)
                .onBackpressureDrop()
                .concatMap(tick -> sweep(), 1)
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
