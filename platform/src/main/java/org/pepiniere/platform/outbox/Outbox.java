package org.pepiniere.platform.outbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.pepiniere.contracts.IntegrationEvent;
import org.pepiniere.platform.web.RequestContext;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the {@link OutboxMessage} a service stores with its state change, and runs that write
 * through {@link #store}. The write itself is the service's: state and {@code $push} of the messages
 * into {@link #FIELD} in one document update (DESIGN.md), so state and events change together.
 */
public class Outbox {

    /** The array field, inside each aggregate document, that holds its pending events. */
    public static final String FIELD = "outbox";

    private final JsonMapper json;
    private final Clock clock;
    private final OutboxRelay relay;

    public Outbox(JsonMapper json, Clock clock, OutboxRelay relay) {
        this.json = json;
        this.clock = clock;
        this.relay = relay;
    }

    /**
     * Runs {@code write}, the single-document write that stores {@code messages} in the outbox of
     * document {@code documentId} of {@code collection}, then publishes them in the background.
     * <p>
     * The document is first marked pending in a small collection, so that the relay's sweep finds
     * it after a crash without reading the aggregate collection, and needs no list of collections:
     * a service cannot forget to register one. An empty {@code write} (its condition did not hold)
     * stored nothing, and the mark is removed.
     */
    public <T> Mono<T> store(String collection, Object documentId, List<OutboxMessage> messages, Supplier<? extends Mono<T>> write) {
        return Mono.defer(() -> {
            String token = UUID.randomUUID().toString();
            return relay.markPending(collection, documentId, token)
                    .then(Mono.defer(write))
                    .doOnNext(stored -> relay.kick(collection, documentId, messages, token))
                    .switchIfEmpty(relay.unmarkPending(collection, documentId, token).then(Mono.empty()));
        });
    }

    /**
     * A message for {@code data}, carrying the correlation id and trace context of the running
     * request. An {@link IntegrationEvent} keeps its own id and time; other payloads get new ones.
     */
    public Mono<OutboxMessage> message(String topic, String type, String subject, String incubatorId, Object data) {
        return RequestContext.current().map(context -> {
            String id = data instanceof IntegrationEvent event ? event.eventId() : UUID.randomUUID().toString();
            var occurredAt = data instanceof IntegrationEvent event ? event.occurredAt() : clock.instant();
            return new OutboxMessage(id, topic, type, subject, incubatorId, occurredAt, json.writeValueAsString(data),
                    context.correlationId(), context.traceparent());
        });
    }
}
