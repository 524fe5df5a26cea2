package org.pepiniere.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.platform.PlatformTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

@EmbeddedInfrastructure
@SpringBootTest(classes = PlatformTestApplication.class)
class IdempotentConsumerTest {

    record Greeting(String text) {
    }

    @Autowired
    IdempotentConsumer consumer;

    @Autowired
    org.springframework.data.mongodb.core.ReactiveMongoTemplate mongo;

    @Test
    void handlesAnEventOnceWhenItArrivesTwice() {
        var event = event("{\"text\":\"bonjour\"}");
        var handled = new AtomicInteger();

        StepVerifier.create(consumer.consume(event, e -> Mono.fromRunnable(handled::incrementAndGet))).verifyComplete();
        StepVerifier.create(consumer.consume(event, e -> Mono.fromRunnable(handled::incrementAndGet))).verifyComplete();

        assertThat(handled).hasValue(1);
    }

    @Test
    void handlesAgainAnEventWhoseHandlerFailed() {
        var event = event("{\"text\":\"bonjour\"}");
        var handled = new AtomicInteger();

        StepVerifier.create(consumer.consume(event, e -> Mono.error(new IllegalStateException("SMTP down")))).verifyError();
        StepVerifier.create(consumer.consume(event, e -> Mono.fromRunnable(handled::incrementAndGet))).verifyComplete();

        assertThat(handled).hasValue(1);
    }

    @Test
    void readsTheDataAsTheContractRecord() {
        var event = event("{\"text\":\"bonjour\"}");
        var text = new StringBuilder();

        StepVerifier.create(consumer.consume(event, e -> Mono.fromRunnable(() -> text.append(e.data(Greeting.class).text()))))
                .verifyComplete();

        assertThat(text).hasToString("bonjour");
    }

    @Test
    void handlesTheEventsOfOneAggregateInTheOrderTheyArrived() {
        var first = event("g-ordered", "{\"text\":\"first\"}");
        var second = event("g-ordered", "{\"text\":\"second\"}");
        var handled = new java.util.concurrent.CopyOnWriteArrayList<String>();

        var slowFirst = consumer.consume(first, e -> Mono.delay(java.time.Duration.ofMillis(300))
                .doOnNext(tick -> handled.add(e.data(Greeting.class).text())).then());
        var fastSecond = consumer.consume(second, e -> Mono.fromRunnable(() -> handled.add(e.data(Greeting.class).text())));
        StepVerifier.create(Mono.when(slowFirst, fastSecond)).verifyComplete();

        assertThat(handled).containsExactly("first", "second");
    }

    @Test
    void handlesEventsOfDifferentAggregatesSideBySide() {
        var slow = event("g-slow", "{\"text\":\"slow\"}");
        var fast = event("g-fast", "{\"text\":\"fast\"}");
        var handled = new java.util.concurrent.CopyOnWriteArrayList<String>();

        var slowOne = consumer.consume(slow, e -> Mono.delay(java.time.Duration.ofMillis(300))
                .doOnNext(tick -> handled.add(e.data(Greeting.class).text())).then());
        var fastOne = consumer.consume(fast, e -> Mono.fromRunnable(() -> handled.add(e.data(Greeting.class).text())));
        StepVerifier.create(Mono.when(slowOne, fastOne)).verifyComplete();

        assertThat(handled).containsExactly("fast", "slow");
    }

    @Test
    void readsAnEventThatGainedFieldsItDoesNotKnow() {
        var event = event("{\"text\":\"bonjour\",\"addedInVersion2\":true}");
        var text = new StringBuilder();

        StepVerifier.create(consumer.consume(event, e -> Mono.fromRunnable(() -> text.append(e.data(Greeting.class).text()))))
                .verifyComplete();

        assertThat(text).hasToString("bonjour");
    }

    @Test
    void forgetsProcessedIdsAfterTheirRetention() {
        StepVerifier.create(consumer.expireProcessedAfter(java.time.Duration.ofDays(30))).verifyComplete();

        var ttl = mongo.indexOps(IdempotentConsumer.COLLECTION).getIndexInfo()
                .filter(index -> index.getName().equals("processed_ttl")).blockFirst();
        assertThat(ttl).isNotNull();
        assertThat(ttl.getExpireAfter()).contains(java.time.Duration.ofDays(30));
    }

    @Test
    void turnsAHandlerThatThrowsIntoAFailedMono() {
        var event = event("{\"text\":\"bonjour\"}");

        StepVerifier.create(consumer.consume(event, e -> {
            throw new IllegalStateException("bug");
        })).verifyError(IllegalStateException.class);
    }

    private static CloudEvent event(String json) {
        return event("g-" + UUID.randomUUID(), json);
    }

    private static CloudEvent event(String subject, String json) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/test"))
                .withType("org.pepiniere.test.greeted.v1").withSubject(subject).withExtension("incubatorid", "incubator-a")
                .withData("application/json", json.getBytes()).build();
    }
}
