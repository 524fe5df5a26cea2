package org.pepiniere.embedded.test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What services published on the broker of the {@link SharedInfrastructure}: every record of a topic,
 * read from the beginning by a fresh consumer, as CloudEvents. Use {@link KafkaEvents} for another broker.
 */
public final class PublishedEvents {

    private PublishedEvents() {
    }

    public static List<CloudEvent> all(String topic) {
        return shared().all(topic);
    }

    public static List<CloudEvent> ofType(String topic, String type) {
        return shared().ofType(topic, type);
    }

    public static Optional<CloudEvent> find(String topic, String type, String subject) {
        return shared().find(topic, type, subject);
    }

    /** Waits up to 30 s for an event of {@code type} about {@code subject} on {@code topic}. */
    public static CloudEvent awaitEvent(String topic, String type, String subject) {
        return shared().awaitEvent(topic, type, subject);
    }

    public static CloudEvent awaitEvent(String topic, String type, String subject, Duration timeout) {
        return shared().awaitEvent(topic, type, subject, timeout);
    }

    /** Raw records, for topics whose records are not all CloudEvents or to inspect headers (dead letters). */
    public static List<ConsumerRecord<String, byte[]>> records(String topic) {
        return shared().records(topic);
    }

    /** The event's JSON data read into {@code type} (unknown properties ignored). */
    public static <T> T data(CloudEvent event, Class<T> type) {
        return EventJson.read(event, type);
    }

    private static KafkaEvents shared() {
        return new KafkaEvents(SharedInfrastructure.get().kafkaBootstrapServers());
    }
}
