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
import org.pepiniere.notifications.webhooks.resilience.BreakingEndpointGates;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * A burst to one bank beyond its attempts in flight is delivered as the bank answers, not at the pace of the
 * sweep, and without reading the delivery queue for each answer.
 */
class BurstToOneEndpointTest {

    private static final EndpointOwner BANK = new EndpointOwner("incubator", "bank");

    private final MutableClock clock = MutableClock.at("2026-11-30T10:00:00Z");
    private final InMemoryEndpoints endpoints = new InMemoryEndpoints();
    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final List<Sinks.One<WebhookTransport.Answer>> unanswered = new CopyOnWriteArrayList<>();
    private final WebhookTransport slowBank = (url, headers, body) -> Mono.defer(() -> {
        Sinks.One<WebhookTransport.Answer> answer = Sinks.one();
        unanswered.add(answer);
        return answer.asMono();
    });
    private final EndpointGates twoAtATime = new BreakingEndpointGates(
            new BreakingEndpointGates.GateSettings(10, 50f, Duration.ofSeconds(30), 64, 2));
    private final DeliveringWebhooks delivering = new DeliveringWebhooks(endpoints, deliveries, slowBank, twoAtATime, Object::toString,
            new DeliveringWebhooks.DeliverySettings(RetrySchedule.of(Duration.ofSeconds(5)), Duration.ofMinutes(1), Duration.ofSeconds(30)),
            () -> UUID.randomUUID().toString(), clock);

    @Test
    void startsTheWaitingDeliveriesAsSoonAsTheBankAnswersWithoutWaitingForTheSweep() {
        registerSlowBank();
        for (int i = 0; i < 6; i++) {
            delivering.publish(event(i)).block();
        }
        int inFlightAtFirst = unanswered.size();

        int answered = 0;
        while (answered < unanswered.size()) {
            unanswered.get(answered++).tryEmitValue(WebhookTransport.Answer.status(204));
        }

        assertThat(inFlightAtFirst).isEqualTo(2);
        assertThat(answered).isEqualTo(6);
        assertThat(deliveries.deliveries.values()).extracting(Delivery::status).containsOnly(DeliveryStatus.SUCCEEDED).hasSize(6);
        assertThat(deliveries.dueReads).hasValue(0);
    }

    @Test
    void startsWhatTheSweepFoundWaitingAsTheBankAnswers() {
        Endpoint bank = registerSlowBank();
        for (int i = 0; i < 2; i++) {
            delivering.publish(event(i)).block();
        }
        // due deliveries stored by an earlier run of the service: only the sweep knows of them
        for (int i = 2; i < 6; i++) {
            deliveries.add(Delivery.of(event(i), bank, "{}", clock.instant())).block();
        }

        assertThat(delivering.sweep().block()).isZero();
        int answered = 0;
        while (answered < unanswered.size()) {
            unanswered.get(answered++).tryEmitValue(WebhookTransport.Answer.status(204));
        }

        assertThat(answered).isEqualTo(6);
        assertThat(deliveries.deliveries.values()).extracting(Delivery::status).containsOnly(DeliveryStatus.SUCCEEDED).hasSize(6);
        assertThat(deliveries.dueReads).hasValue(1);
    }

    private Endpoint registerSlowBank() {
        var endpoint = new Endpoint("slow-bank", BANK, URI.create("https://bank.example/hooks"), List.of(EventTypes.APPLICATION_SUBMITTED),
                null, WebhookSecret.generate(new SecureRandom()), clock.instant());
        endpoints.add(endpoint).block();
        return endpoint;
    }

    private WebhookEvent event(int i) {
        return new WebhookEvent("event-" + i, EventTypes.APPLICATION_SUBMITTED, "incubator", clock.instant(), Map.of("startupRef", "st_" + i));
    }
}
