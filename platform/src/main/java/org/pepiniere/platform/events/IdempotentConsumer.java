package org.pepiniere.platform.events;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import org.bson.Document;
import org.pepiniere.platform.web.RequestContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

import io.cloudevents.CloudEvent;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a handler at most once per event id and consumer group, as far as anyone can see: the id is
 * remembered only after the handler succeeded, so a crash in between runs it again, and handlers
 * are written to be naturally idempotent (upserts keyed by business id) for that case.
 * <p>
 * Events of one aggregate (one subject) are handled one after the other, in the order they were
 * received: a listener that returns a {@code Mono} is handed the next record of a poll before the
 * previous one completed, and the partition order alone would not keep them apart.
 */
public class IdempotentConsumer {

    /** Processed event ids, one document per consumer group and event. */
    public static final String COLLECTION = "processed_events";

    private final ReactiveMongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;
    private final String consumerGroup;
    private final ConcurrentMap<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

    public IdempotentConsumer(ReactiveMongoTemplate mongo, JsonMapper json, Clock clock, String consumerGroup) {
        this.mongo = mongo;
        // Requests are read strictly, events tolerantly: contracts evolve by adding fields, and a
        // consumer must read an event that carries fields it does not know yet.
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.clock = clock;
        this.consumerGroup = consumerGroup;
    }

    public Mono<Void> consume(CloudEvent event, Function<IncomingEvent, Mono<Void>> handler) {
        return Mono.defer(() -> {
            String aggregate = event.getSubject() != null ? event.getSubject() : event.getId();
            var done = new CompletableFuture<Void>();
            CompletableFuture<Void> previous = inFlight.put(aggregate, done);
            Mono<Void> afterPrevious = previous == null ? Mono.empty() : Mono.fromFuture(previous, true);
            return afterPrevious.then(handleOnce(event, handler))
                    .doFinally(signal -> {
                        inFlight.remove(aggregate, done);
                        done.complete(null);
                    });
        });
    }

    private Mono<Void> handleOnce(CloudEvent event, Function<IncomingEvent, Mono<Void>> handler) {
        return Mono.defer(() -> {
            var incoming = new IncomingEvent(event, json);
            String key = consumerGroup + "/" + event.getId();
            var context = new RequestContext(
                    incoming.correlationId() != null ? incoming.correlationId() : event.getId(), incoming.traceparent());
            return mongo.exists(Query.query(where("_id").is(key)), COLLECTION)
                    .flatMap(seen -> seen ? Mono.<Void>empty() : Mono.defer(() -> handler.apply(incoming)).then(remember(key, incoming)))
                    .contextWrite(context::writeTo);
        });
    }

    /**
     * Forgets processed ids after {@code retention}, through a TTL index, so the collection does not
     * grow for ever; keep it longer than the topics' retention, past which no duplicate can come.
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
        return mongo.insert(processed, COLLECTION)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
                .then();
    }
}
