package org.pepiniere.embedded.test;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.pepiniere.contracts.EventExtensions;

/** Integration events made and published by a test, as another service would publish them. */
public final class TestEvents {

    public static final URI SOURCE = URI.create("/pepiniere/test");

    private TestEvents() {
    }

    /** A CloudEvent with a fresh id, JSON data (a record or a map, or a JSON string) and the incubator extension. */
    public static CloudEvent event(String type, String subject, String incubatorId, Object data) {
        byte[] json = data instanceof String text ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8) : EventJson.write(data);
        return CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(SOURCE)
                .withType(type)
                .withSubject(subject)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(json)
                .withExtension(EventExtensions.INCUBATOR_ID, incubatorId)
                .build();
    }

    /** Publishes on the broker of the {@link SharedInfrastructure}, keyed by the event's subject. */
    public static void publish(String topic, CloudEvent event) {
        new KafkaEvents(SharedInfrastructure.get().kafkaBootstrapServers()).send(topic, event);
    }

    /** Publishes the events together, waiting for their acknowledgements only once all are sent. */
    public static void publishAll(String topic, List<CloudEvent> events) {
        new KafkaEvents(SharedInfrastructure.get().kafkaBootstrapServers()).sendAll(topic, events);
    }
}
