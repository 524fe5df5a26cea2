package org.pepiniere.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.platform.PlatformTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import reactor.core.publisher.Flux;
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

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void remembersEveryEventOfABurstWhenSomeOfItWasProcessedBefore() {
        var before = event("{\"text\":\"before\"}");
        var handled = new AtomicInteger();
        StepVerifier.create(consumer.consume(before, e -> Mono.fromRunnable(handled::incrementAndGet))).verifyComplete();
        var burst = new java.util.ArrayList<CloudEvent>(List.of(before));
        IntStream.range(0, 30).forEach(i -> burst.add(event("{\"text\":\"burst\"}")));
        var restarted = instance();
        org.awaitility.Awaitility.await().until(() -> processed(before));

        // handled side by side: their reads and their processed ids go in a few batches. A few are remembered meanwhile
        // by another instance of the group, as after a rebalance: their ids are already stored when the batch goes.
        var alsoElsewhere = java.util.Set.of(burst.get(1).getId(), burst.get(11).getId(), burst.get(21).getId());
        Flux.fromIterable(burst).flatMap(e -> restarted.consume(e, x -> Mono.fromRunnable(handled::incrementAndGet)
                .then(alsoElsewhere.contains(x.id()) ? rememberedElsewhere(x.id()) : Mono.empty()))).blockLast();

        assertThat(handled).hasValue(31);
        org.awaitility.Awaitility.await().until(() -> burst.stream().allMatch(this::processed));
        Flux.fromIterable(burst).flatMap(e -> instance().consume(e, x -> Mono.fromRunnable(handled::incrementAndGet))).blockLast();
        assertThat(handled).hasValue(31);
    }

    private Mono<Void> rememberedElsewhere(String eventId) {
        return mongo.insert(new org.bson.Document("_id", "platform-test/" + eventId), IdempotentConsumer.COLLECTION).then();
    }

    private IdempotentConsumer instance() {
        return new IdempotentConsumer(mongo, json, java.time.Clock.systemUTC(), "platform-test", 2, java.time.Duration.ofMillis(10));
    }

    private boolean processed(CloudEvent event) {
        return mongo.exists(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is("platform-test/" + event.getId())),
                IdempotentConsumer.COLLECTION).block();
    }

    @Test
    void storesNoProcessedIdForAnIdempotentHandlerAndDropsARedeliveryInTheProcess() {
        var event = event("{\"text\":\"bonjour\"}");
        var handled = new AtomicInteger();

        StepVerifier.create(consumer.consumeIdempotent(event, e -> Mono.fromRunnable(handled::incrementAndGet))).verifyComplete();
        StepVerifier.create(consumer.consumeIdempotent(event, e -> Mono.fromRunnable(handled::incrementAndGet))).verifyComplete();

        assertThat(handled).hasValue(1);
        org.awaitility.Awaitility.await().during(java.time.Duration.ofMillis(300)).until(() -> !processed(event));
    }

    @Test
    void holdsBackTheLaterEventsOfABlockedAggregateForAnIdempotentHandlerToo() {
        var first = event("g-" + UUID.randomUUID(), "{\"text\":\"first\"}");
        var second = event(first.getSubject(), "{\"text\":\"second\"}");
        var handled = new AtomicInteger();
        StepVerifier.create(consumer.consumeIdempotent(first, e -> Mono.error(new IllegalStateException("always"))))
                .verifyErrorSatisfies(e -> assertThat(((RejectedEvent) e).reason()).isEqualTo(RejectedEvent.Reason.HANDLER_FAILED));

        StepVerifier.create(consumer.consumeIdempotent(second, e -> Mono.fromRunnable(handled::incrementAndGet)))
                .verifyErrorSatisfies(e -> assertThat(((RejectedEvent) e).reason()).isEqualTo(RejectedEvent.Reason.AGGREGATE_BLOCKED));

        assertThat(handled).hasValue(0);
    }

    @Test
    void handlesAnEventOnceWhenItArrivesTwice() {
        var event = event("{\"text\":\"bonjour\"}");
        var handled = new AtomicInteger();

        StepVerifier.create(consumer.consume(event, e -> Mono.fromRunnable(handled::incrementAndGet))).verifyComplete();
        StepVerifier.create(consumer.consume(event, e -> Mono.fromRunnable(handled::incrementAndGet))).verifyComplete();

        assertThat(handled).hasValue(1);
    }

    @Test
    void retriesAHandlerThatFailsThenSucceeds() {
        var event = event("{\"text\":\"bonjour\"}");
        var attempts = new AtomicInteger();

        StepVerifier.create(consumer.consume(event, e -> attempts.incrementAndGet() < 3
                ? Mono.error(new IllegalStateException("SMTP down")) : Mono.empty())).verifyComplete();

        assertThat(attempts).hasValue(3);
    }

    @Test
    void remembersProcessedEventsForAnotherInstanceOfTheGroup() {
        var event = event("{\"text\":\"bonjour\"}");
        var handled = new AtomicInteger();
        StepVerifier.create(consumer.consume(event, e -> Mono.fromRunnable(handled::incrementAndGet))).verifyComplete();
        var restarted = new IdempotentConsumer(mongo, json, java.time.Clock.systemUTC(), "platform-test", 2, java.time.Duration.ofMillis(10));

        org.awaitility.Awaitility.await().untilAsserted(() -> {
            StepVerifier.create(restarted.consume(event, e -> Mono.fromRunnable(handled::incrementAndGet))).verifyComplete();
            assertThat(handled).hasValue(1);
        });
    }

    @Test
    void holdsBackTheLaterEventsOfAnAggregateWhoseEventWasDeadLettered() {
        var first = event("g-" + UUID.randomUUID(), "{\"text\":\"first\"}");
        var second = event(first.getSubject(), "{\"text\":\"second\"}");
        var handled = new AtomicInteger();
        StepVerifier.create(consumer.consume(first, e -> Mono.error(new IllegalStateException("always"))))
                .verifyErrorSatisfies(e -> assertThat(((RejectedEvent) e).reason()).isEqualTo(RejectedEvent.Reason.HANDLER_FAILED));

        StepVerifier.create(consumer.consume(second, e -> Mono.fromRunnable(handled::incrementAndGet)))
                .verifyErrorSatisfies(e -> assertThat(((RejectedEvent) e).reason()).isEqualTo(RejectedEvent.Reason.AGGREGATE_BLOCKED));

        assertThat(handled).hasValue(0);
    }

    @Test
    void handlesTheEventsOfAReleasedAggregateAgain() {
        var first = event("g-" + UUID.randomUUID(), "{\"text\":\"first\"}");
        var handled = new AtomicInteger();
        StepVerifier.create(consumer.consume(first, e -> Mono.error(new IllegalStateException("always")))).verifyError();

        StepVerifier.create(consumer.release(first.getSubject())).expectNext(true).verifyComplete();

        StepVerifier.create(consumer.consume(first, e -> Mono.fromRunnable(handled::incrementAndGet))).verifyComplete();
        assertThat(handled).hasValue(1);
    }

    @Test
    void dropsWithoutHandlingAnEventWhoseEnvelopeNamesAnotherIncubator() {
        var event = event("g-" + UUID.randomUUID(), "incubator-b", "{\"incubatorId\":\"incubator-a\"}");
        var handled = new AtomicInteger();

        StepVerifier.create(consumer.consume(event, e -> Mono.fromRunnable(handled::incrementAndGet)))
                .verifyErrorSatisfies(e -> assertThat(((RejectedEvent) e).reason()).isEqualTo(RejectedEvent.Reason.TENANT_MISMATCH));

        assertThat(handled).hasValue(0);
    }

    @Test
    void dropsWithoutHandlingAnEventWhoseEnvelopeNamesNoIncubator() {
        var event = event("g-" + UUID.randomUUID(), null, "{\"incubatorId\":\"incubator-a\"}");
        var handled = new AtomicInteger();

        StepVerifier.create(consumer.consume(event, e -> Mono.fromRunnable(handled::incrementAndGet)))
                .verifyErrorSatisfies(e -> assertThat(((RejectedEvent) e).reason()).isEqualTo(RejectedEvent.Reason.TENANT_MISMATCH));

        assertThat(handled).hasValue(0);
    }

    @Test
    void dropsWithoutHandlingAnEventWhoseDataNamesNoIncubator() {
        var event = event("g-" + UUID.randomUUID(), "incubator-a", "{\"text\":\"bonjour\"}");
        var handled = new AtomicInteger();

        StepVerifier.create(consumer.consume(event, e -> Mono.fromRunnable(handled::incrementAndGet)))
                .verifyErrorSatisfies(e -> assertThat(((RejectedEvent) e).reason()).isEqualTo(RejectedEvent.Reason.TENANT_MISMATCH));

        assertThat(handled).hasValue(0);
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
        })).verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(RejectedEvent.class).cause().isInstanceOf(IllegalStateException.class));
    }

    private static CloudEvent event(String json) {
        return event("g-" + UUID.randomUUID(), json);
    }

    private static CloudEvent event(String subject, String json) {
        return event(subject, "incubator-a", json.replaceFirst("\\{", "{\"incubatorId\":\"incubator-a\","));
    }

    private static CloudEvent event(String subject, String incubatorId, String json) {
        var builder = CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/test"))
                .withType("org.pepiniere.test.greeted.v1").withSubject(subject).withData("application/json", json.getBytes());
        if (incubatorId != null) {
            builder.withExtension("incubatorid", incubatorId);
        }
        return builder.build();
    }
}
