package org.pepiniere.platform.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

import org.pepiniere.contracts.EventExtensions;
import org.pepiniere.platform.outbox.OutboxMessage;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

/** Turns a stored outbox message into the CloudEvent that travels on Kafka, and names its source. */
public final class CloudEventMapping {

    public static URI source(String serviceName) {
        return URI.create("/pepiniere/" + serviceName);
    }

    public static CloudEvent toCloudEvent(OutboxMessage message, URI source) {
        var builder = CloudEventBuilder.v1()
                .withId(message.eventId())
                .withSource(source)
                .withType(message.type())
                .withSubject(message.subject())
                .withTime(message.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(message.data().getBytes(StandardCharsets.UTF_8))
                .withExtension(EventExtensions.INCUBATOR_ID, message.incubatorId());
        if (message.correlationId() != null) {
            builder.withExtension(EventExtensions.CORRELATION_ID, message.correlationId());
        }
        if (message.traceparent() != null) {
            builder.withExtension(EventExtensions.TRACEPARENT, message.traceparent());
        }
        return builder.build();
    }

    private CloudEventMapping() {
    }
}
