package org.pepiniere.embedded.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/**
 * Reads and writes the CloudEvents of one Kafka cluster: each read is a fresh consumer without a group
 * that takes every record of a topic from the beginning, so it never disturbs the services' groups.
 */
public final class KafkaEvents {

    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);
    private static final Duration READ_LIMIT = Duration.ofSeconds(15);

    private final String bootstrapServers;

    public KafkaEvents(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every record of {@code topic} as it is stored, oldest first per partition; empty when the topic does not exist. */
    public List<ConsumerRecord<String, byte[]>> records(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, READ_LIMIT).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_LIMIT);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + READ_LIMIT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + READ_LIMIT);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** Every record of {@code topic} as a CloudEvent (Kafka binary mode). */
    public List<CloudEvent> all(String topic) {
        CloudEventDeserializer deserializer = new CloudEventDeserializer();
        return records(topic).stream().map(record -> {
            try {
                return deserializer.deserialize(topic, record.headers(), record.value());
            } catch (RuntimeException e) {
                throw new AssertionError("record " + record.partition() + "@" + record.offset() + " of " + topic
                        + " is not a CloudEvent in Kafka binary mode: " + e.getMessage(), e);
            }
        }).toList();
    }

    public List<CloudEvent> ofType(String topic, String type) {
        return all(topic).stream().filter(event -> type.equals(event.getType())).toList();
    }

    /** The first event of {@code type} about {@code subject}, if any was published. */
    public Optional<CloudEvent> find(String topic, String type, String subject) {
        return ofType(topic, type).stream().filter(event -> subject.equals(event.getSubject())).findFirst();
    }

    /** Waits up to {@link #DEFAULT_WAIT} for an event of {@code type} about {@code subject}. */
    public CloudEvent awaitEvent(String topic, String type, String subject) {
        return awaitEvent(topic, type, subject, DEFAULT_WAIT);
    }

    public CloudEvent awaitEvent(String topic, String type, String subject, Duration timeout) {
        return Awaitility.await(type + " about " + subject + " on " + topic)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> find(topic, type, subject), Optional::isPresent)
                .orElseThrow();
    }

    /** Publishes {@code event} in Kafka binary mode, keyed by its subject, and waits for the broker's acknowledgement. */
    public void send(String topic, CloudEvent event) {
        sendAll(topic, List.of(event));
    }

    /**
     * Publishes every event as {@link #send} does, without waiting for one acknowledgement before the next
     * send, so that they reach the consumers together; returns once the broker acknowledged them all.
     */
    public void sendAll(String topic, List<CloudEvent> events) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        // by class name: an instance given to the constructor is never configured
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(properties)) {
            var sent = events.stream().map(event -> producer.send(new ProducerRecord<>(topic, event.getSubject(), event))).toList();
            for (var acknowledged : sent) {
                acknowledged.get(READ_LIMIT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish " + events.size() + " events to " + topic, e);
        }
    }

    private Properties consumerProperties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "pepiniere-test-reader-" + UUID.randomUUID());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return properties;
    }
}
