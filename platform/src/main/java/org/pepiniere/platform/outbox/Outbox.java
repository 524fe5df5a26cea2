package org.pepiniere.platform.outbox;

import java.time.Clock;
import java.util.UUID;

import org.pepiniere.contracts.IntegrationEvent;
import org.pepiniere.platform.web.RequestContext;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the {@link OutboxMessage} a service stores with its state change. The write itself is the
 * service's: state and {@code $push} of the messages into {@link #FIELD} in one document update,
 * then {@link OutboxRelay#publishPending} to send them at once.
 */
public class Outbox {

    /** The array field, inside each aggregate document, that holds its pending events. */
    public static final String FIELD = "outbox";

    private final JsonMapper json;
    private final Clock clock;

    public Outbox(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
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
