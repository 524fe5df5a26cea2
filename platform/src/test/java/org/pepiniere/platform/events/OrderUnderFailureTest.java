package org.pepiniere.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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

/** One aggregate's events take effect in the order they were published, even while one of them fails. */
@EmbeddedInfrastructure
@SpringBootTest(classes = PlatformTestApplication.class)
@Import(OrderUnderFailureTest.Handlers.class)
class OrderUnderFailureTest {

    static final String TOPIC = "pepiniere.order-under-failure-test.v1";
    static final List<String> applied = new CopyOnWriteArrayList<>();
    static final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

    @TestConfiguration
    static class Handlers {

        @Bean
        NewTopic orderUnderFailureTopic() {
            return TopicBuilder.name(TOPIC).partitions(1).build();
        }

        @Bean
        Listener orderListener(IdempotentConsumer consumer) {
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
            return consumer.consume(event, e -> Mono.defer(() -> {
                runs.computeIfAbsent(e.id(), id -> new AtomicInteger()).incrementAndGet();
                var left = failuresLeft.get(e.id());
                if (left != null && left.getAndDecrement() > 0) {
                    return Mono.error(new IllegalStateException("the projection store is down"));
                }
                applied.add(e.id());
                return Mono.empty();
            }));
        }
    }

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    @Test
    void appliesTheSecondEventOfAnAggregateAfterTheFirstEvenWhenTheFirstFailsTwice() {
        String aggregate = "a-" + UUID.randomUUID();
        var first = event(aggregate);
        var second = event(aggregate);
        failuresLeft.put(first.getId(), new AtomicInteger(2));

        kafka.send(new ProducerRecord<>(TOPIC, aggregate, first));
        kafka.send(new ProducerRecord<>(TOPIC, aggregate, second));

        await().until(() -> applied.contains(second.getId()));
        assertThat(applied).filteredOn(id -> id.equals(first.getId()) || id.equals(second.getId()))
                .containsExactly(first.getId(), second.getId());
        assertThat(runs.get(first.getId())).hasValue(3);
        assertThat(runs.get(second.getId())).hasValue(1);
    }

    @Test
    void deadLettersTheLaterEventsOfAnAggregateWhoseEventKeptFailing() {
        String aggregate = "b-" + UUID.randomUUID();
        var first = event(aggregate);
        var second = event(aggregate);
        failuresLeft.put(first.getId(), new AtomicInteger(Integer.MAX_VALUE));

        kafka.send(new ProducerRecord<>(TOPIC, aggregate, first));
        kafka.send(new ProducerRecord<>(TOPIC, aggregate, second));

        await().atMost(Duration.ofSeconds(60)).until(() -> PublishedEvents.all(Topics.deadLetter("platform-test")).stream()
                .filter(e -> aggregate.equals(e.getSubject())).count() == 2);
        assertThat(PublishedEvents.all(Topics.deadLetter("platform-test")).stream().filter(e -> aggregate.equals(e.getSubject()))
                .map(CloudEvent::getId)).containsExactly(first.getId(), second.getId());
        assertThat(runs).doesNotContainKey(second.getId());
        assertThat(applied).doesNotContain(first.getId(), second.getId());
    }

    private static CloudEvent event(String aggregate) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/test"))
                .withType("org.pepiniere.test.changed.v1").withSubject(aggregate).withExtension("incubatorid", "incubator-a")
                .withData("application/json", "{\"incubatorId\":\"incubator-a\"}".getBytes()).build();
    }
}
