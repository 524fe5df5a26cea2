package org.pepiniere.deploy;

import java.io.IOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.pepiniere.contracts.EventExtensions;
import org.pepiniere.contracts.IntegrationEvent;
import org.pepiniere.embedded.test.EventSchemas;

/**
 * Events of services not built yet, or not driven by a test, shaped as the platform's outbox relay sends them (CloudEvents in
 * Kafka binary mode, the event id as CloudEvent id, subjected by the aggregate id, the incubator extension), so that the
 * stack's real consumers read them. Each is checked against its schema before it is sent.
 */
public final class RelayedEvents {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public static CloudEvent relayed(String service, String type, String subject, IntegrationEvent data) {
        try {
            CloudEvent event = CloudEventBuilder.v1()
                    .withId(data.eventId())
                    .withSource(URI.create("/pepiniere/" + service))
                    .withType(type)
                    .withSubject(subject)
                    .withTime(data.occurredAt().atOffset(ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .withData(JSON.writeValueAsBytes(data))
                    .withExtension(EventExtensions.INCUBATOR_ID, data.incubatorId())
                    .withExtension(EventExtensions.CORRELATION_ID, "journey-" + data.eventId())
                    .build();
            EventSchemas.assertConforms(event);
            return event;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The claims of a token the gateway issued ({@code sub}, {@code incubatorId}…), to name its user in an event. */
    public static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    private RelayedEvents() {
    }
}
