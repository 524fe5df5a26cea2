package org.pepiniere.notifications.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.notifications.retry.RetrySchedule;

class DeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final RetrySchedule schedule = RetrySchedule.of(Duration.ofSeconds(5), Duration.ofSeconds(30));
    private final Endpoint endpoint = new Endpoint("endpoint-1", new EndpointOwner("incubator", "bank"), URI.create("https://bank.example/h"),
            List.of(EventTypes.APPLICATION_SUBMITTED), null, WebhookSecret.generate(new SecureRandom()), NOW);
    private final WebhookEvent event = new WebhookEvent("event-1", EventTypes.APPLICATION_SUBMITTED, "incubator", NOW, Map.of());

    @Test
    void derivesTheSameIdFromTheSameEventAndEndpoint() {
        assertThat(Delivery.idFor("event-1", "endpoint-1")).isEqualTo(Delivery.idFor("event-1", "endpoint-1"))
                .isNotEqualTo(Delivery.idFor("event-1", "endpoint-2"));
    }

    @Test
    void succeedsOnA2xxAnswer() {
        var delivery = Delivery.of(event, endpoint, "{}", NOW).after(new Attempt(NOW, 204, null, 12), schedule);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SUCCEEDED);
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(delivery.attempts()).hasSize(1);
    }

    @Test
    void retriesAfterTheFirstDelayWhenTheReceiverFails() {
        var delivery = Delivery.of(event, endpoint, "{}", NOW).after(new Attempt(NOW, 500, null, 12), schedule);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void treatsARedirectAsAFailure() {
        var delivery = Delivery.of(event, endpoint, "{}", NOW).after(new Attempt(NOW, 302, null, 12), schedule);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void failsForGoodOnceTheScheduleIsUsedUp() {
        var delivery = Delivery.of(event, endpoint, "{}", NOW)
                .after(new Attempt(NOW, null, "connection refused", 3), schedule)
                .after(new Attempt(NOW.plusSeconds(5), 503, null, 3), schedule)
                .after(new Attempt(NOW.plusSeconds(35), 503, null, 3), schedule);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).hasSize(3);
        assertThat(delivery.nextAttemptAt()).isNull();
    }
}
