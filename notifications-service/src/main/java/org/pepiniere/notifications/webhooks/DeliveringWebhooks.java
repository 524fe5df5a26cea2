package org.pepiniere.notifications.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.pepiniere.notifications.retry.Background;
import org.pepiniere.notifications.retry.RetrySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;

/**
 * Fans an event out to every subscribed endpoint of its incubator, one delivery each, and delivers:
 * at once in the background, then by the sweep after each back-off until success or the end of
 * the schedule. Deliveries live in MongoDB, so a restart resumes them.
 */
public final class DeliveringWebhooks {

    private static final Logger log = LoggerFactory.getLogger(DeliveringWebhooks.class);

    private static final int SWEEP_BATCH = 100;
    private static final int PARALLEL_DELIVERIES = 4;

    private final Endpoints endpoints;
    private final Deliveries deliveries;
    private final WebhookTransport transport;
    private final JsonWriter json;
    private final RetrySchedule retry;
    private final Duration lease;
    private final Clock clock;

    public DeliveringWebhooks(Endpoints endpoints, Deliveries deliveries, WebhookTransport transport, JsonWriter json,
            RetrySchedule retry, Duration lease, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.transport = transport;
        this.json = json;
        this.retry = retry;
        this.lease = lease;
        this.clock = clock;
    }

    public Mono<Void> publish(WebhookEvent event) {
        return Mono.fromCallable(() -> json.write(payload(event)))
                .flatMapMany(payload -> endpoints.subscribedTo(event.incubatorId(), event.type())
                        .map(endpoint -> Delivery.of(event, endpoint, payload, clock.instant())))
                .concatMap(delivery -> deliveries.add(delivery).flatMap(added -> added
                        ? Background.start("Delivery " + delivery.id(), attemptIfDue(delivery.id()))
                        : Mono.<Void>empty()))
                .then();
    }

    /** Attempts every delivery that is due; emits how many were attempted. */
    public Mono<Long> sweep() {
        return deliveries.due(clock.instant(), SWEEP_BATCH)
                .flatMap(id -> attemptIfDue(id).thenReturn(id), PARALLEL_DELIVERIES)
                .count();
    }

    Mono<Void> attemptIfDue(String id) {
        var now = clock.instant();
        return deliveries.claimDue(id, now, now.plus(lease))
                .flatMap(delivery -> endpoints.find(delivery.endpointId())
                        .map(Optional::of)
                        .defaultIfEmpty(Optional.empty())
                        .flatMap(endpoint -> endpoint.isPresent()
                                ? attempt(delivery, endpoint.get())
                                : record(delivery, new Attempt(clock.instant(), null, "endpoint no longer exists", 0))));
    }

    private Mono<Void> attempt(Delivery delivery, Endpoint endpoint) {
        Instant at = clock.instant();
        var headers = WebhookSigner.headers(delivery.id(), at, delivery.payload(), endpoint.secret());
        return transport.post(endpoint.url(), headers, delivery.payload())
                .map(answer -> new Attempt(at, answer.status(), answer.error(), Math.max(0, clock.millis() - at.toEpochMilli())))
                .flatMap(attempt -> record(delivery, attempt));
    }

    private Mono<Void> record(Delivery delivery, Attempt attempt) {
        var after = delivery.after(attempt, retry);
        if (!attempt.succeeded()) {
            log.info("Delivery {} to endpoint {} failed (attempt {}, now {}): {}", delivery.id(), delivery.endpointId(),
                    after.attempts().size(), after.status(), attempt.error() != null ? attempt.error() : "HTTP " + attempt.httpStatus());
        }
        return deliveries.recordAttempt(after, attempt);
    }

    static Map<String, Object> payload(WebhookEvent event) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", event.type());
        payload.put("timestamp", event.occurredAt().toString());
        payload.put("data", event.data());
        return payload;
    }
}
