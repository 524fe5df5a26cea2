package org.pepiniere.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.Topics;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.PublishedEvents;
import org.pepiniere.platform.PlatformTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import reactor.core.publisher.Mono;

@EmbeddedInfrastructure
@SpringBootTest(classes = PlatformTestApplication.class)
@Import(DeadLetterTest.FailingListener.class)
class DeadLetterTest {

    static final String TOPIC = "pepiniere.dead-letter-test.v1";
    static final java.util.Map<String, AtomicInteger> attempts = new java.util.concurrent.ConcurrentHashMap<>();

    @TestConfiguration
    static class FailingListener {

        // declared, so that the listener finds the topic when it subscribes rather than at its next metadata refresh
        @Bean
        NewTopic deadLetterTestTopic() {
            return TopicBuilder.name(TOPIC).partitions(1).build();
        }

        @Bean
        Listener listener(IdempotentConsumer consumer) {
            return new Listener(consumer);
        }
    }

    static class Listener {
        private final IdempotentConsumer consumer;

        Listener(IdempotentConsumer consumer) {
            this.consumer = consumer;
        }

        @KafkaListener(topics = TOPIC)
        Mono<Void> on(CloudEvent event) {
            return consumer.consume(event, e -> {
                attempts.computeIfAbsent(e.id(), id -> new AtomicInteger()).incrementAndGet();
                return Mono.error(new IllegalStateException("the handler always fails"));
            });
        }
    }

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    @Test
    void sendsARecordThatKeepsFailingToTheGroupsDeadLetterTopicAfterBoundedRetries() {
        String id = UUID.randomUUID().toString();
        var event = CloudEventBuilder.v1().withId(id).withSource(URI.create("/test")).withType("org.pepiniere.test.v1")
                .withSubject(id).withExtension("incubatorid", "incubator-a").withData("application/json", "{\"incubatorId\":\"incubator-a\"}".getBytes())
                .build();

        kafka.send(new ProducerRecord<>(TOPIC, id, event));

        await().atMost(java.time.Duration.ofSeconds(60)).until(() -> PublishedEvents.all(Topics.deadLetter("platform-test")).stream().anyMatch(e -> id.equals(e.getId())));
        // one run and the two retries of the test configuration, all inside the consumer: the container adds none
        assertThat(attempts.get(id)).hasValue(3);
    }

    @Test
    void sendsAnEventWithoutTenantToTheDeadLetterTopicWithoutHandlingIt() {
        String id = UUID.randomUUID().toString();
        var event = CloudEventBuilder.v1().withId(id).withSource(URI.create("/test")).withType("org.pepiniere.test.v1")
                .withSubject(id).withData("application/json", "{\"incubatorId\":\"incubator-a\"}".getBytes())
                .build();

        kafka.send(new ProducerRecord<>(TOPIC, id, event));

        await().atMost(java.time.Duration.ofSeconds(60)).until(() -> PublishedEvents.all(Topics.deadLetter("platform-test")).stream().anyMatch(e -> id.equals(e.getId())));
        assertThat(attempts).doesNotContainKey(id);
    }
}
