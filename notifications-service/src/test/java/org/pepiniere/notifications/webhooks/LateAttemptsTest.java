package org.pepiniere.notifications.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.notifications.MutableClock;
import org.pepiniere.notifications.retry.RetrySchedule;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** An attempt that outlives its lease, or its endpoint, records nothing. */
class LateAttemptsTest {

    private static final EndpointOwner BANK = new EndpointOwner("incubator", "bank");

    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");
    private final InMemoryEndpoints endpoints = new InMemoryEndpoints();
    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final Sinks.One<WebhookTransport.Answer> firstAnswer = Sinks.one();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final WebhookTransport receiver = (url, headers, body) -> Mono.defer(() -> {
        calls.add(headers.get(WebhookSigner.ID));
        return calls.size() == 1 ? firstAnswer.asMono() : Mono.just(WebhookTransport.Answer.status(204));
    });
    private final DeliveringWebhooks delivering = new DeliveringWebhooks(endpoints, deliveries, receiver, EndpointGates.open(), Object::toString,
            new DeliveringWebhooks.DeliverySettings(RetrySchedule.of(Duration.ofSeconds(5)), Duration.ofMinutes(1), Duration.ofSeconds(30)),
            () -> UUID.randomUUID().toString(), clock);

    @Test
    void dropsTheResultOfAnAttemptThatEndsAfterAnotherSucceeded() {
        endpoint("hanging-then-fine");
        delivering.publish(submitted("event-1")).block();
        clock.advance(Duration.ofSeconds(61));
        long taken = delivering.sweep().block();
        assertThat(delivery().status()).isEqualTo(DeliveryStatus.SUCCEEDED);

        firstAnswer.tryEmitValue(WebhookTransport.Answer.status(500));
        clock.advance(Duration.ofHours(1));
        long later = delivering.sweep().block();

        assertThat(taken).isEqualTo(1);
        assertThat(later).isZero();
        assertThat(delivery().status()).isEqualTo(DeliveryStatus.SUCCEEDED);
        assertThat(delivery().attempts()).extracting(Attempt::httpStatus).containsExactly(204);
        assertThat(calls).hasSize(2);
    }

    @Test
    void recordsNothingForAnAttemptInFlightWhenItsEndpointIsRemoved() {
        endpoint("removed-while-sending");
        delivering.publish(submitted("event-1")).block();

        new RemovingEndpoints(endpoints, deliveries, clock).remove(BANK, "removed-while-sending").block();
        firstAnswer.tryEmitValue(WebhookTransport.Answer.status(500));
        clock.advance(Duration.ofHours(1));
        long later = delivering.sweep().block();

        assertThat(later).isZero();
        assertThat(delivery().status()).isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(delivery().attempts()).isEmpty();
        assertThat(calls).hasSize(1);
    }

    @Test
    void cancelsADueDeliveryWhoseEndpointIsGoneInsteadOfTryingIt() {
        endpoint("gone");
        firstAnswer.tryEmitValue(WebhookTransport.Answer.status(500));
        delivering.publish(submitted("event-1")).block();
        endpoints.remove(BANK, "gone", clock.instant()).block();

        clock.advance(Duration.ofSeconds(5));
        delivering.sweep().block();

        assertThat(delivery().status()).isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(calls).hasSize(1);
    }

    private Delivery delivery() {
        return deliveries.deliveries.values().iterator().next();
    }

    private void endpoint(String id) {
        endpoints.add(new Endpoint(id, BANK, URI.create("https://bank.example/" + id), List.of(EventTypes.APPLICATION_SUBMITTED), null,
                WebhookSecret.generate(new SecureRandom()), clock.instant())).block();
    }

    private WebhookEvent submitted(String eventId) {
        return new WebhookEvent(eventId, EventTypes.APPLICATION_SUBMITTED, "incubator", clock.instant(), Map.of("startupRef", "st_x"));
    }
}
