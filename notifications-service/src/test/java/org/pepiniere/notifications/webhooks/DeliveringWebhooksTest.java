package org.pepiniere.notifications.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.notifications.MutableClock;
import org.pepiniere.notifications.retry.RetrySchedule;

import reactor.core.publisher.Mono;

class DeliveringWebhooksTest {

    private static final EndpointOwner BANK = new EndpointOwner("incubator", "bank");

    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");
    private final InMemoryEndpoints endpoints = new InMemoryEndpoints();
    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final Deque<Integer> answers = new ArrayDeque<>();
    private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    private final WebhookTransport receiver = (url, headers, body) -> Mono.fromSupplier(() -> {
        received.add(headers);
        Integer status = answers.poll();
        return WebhookTransport.Answer.status(status == null ? 204 : status);
    });
    private final DeliveringWebhooks delivering = new DeliveringWebhooks(endpoints, deliveries, receiver, EndpointGates.open(), Object::toString,
            new DeliveringWebhooks.DeliverySettings(RetrySchedule.of(Duration.ofSeconds(5), Duration.ofSeconds(30)), Duration.ofMinutes(1),
                    Duration.ofSeconds(10)), () -> UUID.randomUUID().toString(), clock);

    @Test
    void deliversOnlyToEndpointsOfTheIncubatorSubscribedToTheType() {
        endpoint("subscribed", BANK, EventTypes.APPLICATION_SUBMITTED);
        endpoint("other-type", BANK, EventTypes.USER_REGISTERED);
        endpoint("other-incubator", new EndpointOwner("elsewhere", "bank"), EventTypes.APPLICATION_SUBMITTED);

        delivering.publish(submitted("event-1")).block();

        assertThat(deliveries.deliveries.values()).extracting(Delivery::endpointId).containsExactly("subscribed");
    }

    @Test
    void retriesAfterEachBackOffUntilTheReceiverAccepts() {
        endpoint("subscribed", BANK, EventTypes.APPLICATION_SUBMITTED);
        answers.add(500);
        answers.add(503);
        delivering.publish(submitted("event-1")).block();
        await().until(() -> delivery().attempts().size() == 1);

        clock.advance(Duration.ofSeconds(5));
        long second = delivering.sweep().block();
        clock.advance(Duration.ofSeconds(29));
        long tooEarly = delivering.sweep().block();
        clock.advance(Duration.ofSeconds(1));
        long third = delivering.sweep().block();

        assertThat(List.of(second, tooEarly, third)).containsExactly(1L, 0L, 1L);
        assertThat(delivery().status()).isEqualTo(DeliveryStatus.SUCCEEDED);
        assertThat(delivery().attempts()).extracting(Attempt::httpStatus).containsExactly(500, 503, 204);
        assertThat(received).extracting(headers -> headers.get(WebhookSigner.ID)).containsOnly(delivery().id());
    }

    @Test
    void addsOneDeliveryForAnEventPublishedTwice() {
        endpoint("subscribed", BANK, EventTypes.APPLICATION_SUBMITTED);

        delivering.publish(submitted("event-1")).block();
        delivering.publish(submitted("event-1")).block();

        await().until(() -> delivery().status() == DeliveryStatus.SUCCEEDED);
        assertThat(deliveries.deliveries).hasSize(1);
        assertThat(received).hasSize(1);
    }

    private Delivery delivery() {
        return deliveries.deliveries.values().iterator().next();
    }

    private void endpoint(String id, EndpointOwner owner, String type) {
        endpoints.add(new Endpoint(id, owner, URI.create("https://bank.example/" + id), List.of(type), null,
                WebhookSecret.generate(new SecureRandom()), clock.instant())).block();
    }

    private WebhookEvent submitted(String eventId) {
        return new WebhookEvent(eventId, EventTypes.APPLICATION_SUBMITTED, "incubator", clock.instant(), Map.of("startupRef", "st_x"));
    }
}
