package org.pepiniere.notifications.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pepiniere.notifications.retry.RetrySchedule;

/**
 * One event for one endpoint, with the log of its attempts. The payload is fixed when the delivery
 * is created, so every retry sends the same bytes under the same {@code webhook-id}.
 *
 * @param nextAttemptAt when the next attempt is due; null once the delivery succeeded or failed for good
 */
public record Delivery(
        String id,
        EndpointOwner owner,
        String endpointId,
        String eventId,
        String eventType,
        String payload,
        DeliveryStatus status,
        List<Attempt> attempts,
        @Nullable Instant nextAttemptAt,
        Instant createdAt) {

    public Delivery {
        attempts = List.copyOf(attempts);
    }

    /** The same event and endpoint always give the same id: the {@code webhook-id} receivers deduplicate on. */
    public static String idFor(String eventId, String endpointId) {
        return "msg_" + UUID.nameUUIDFromBytes(("delivery/" + eventId + "/" + endpointId).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
    }

    public static Delivery of(WebhookEvent event, Endpoint endpoint, String payload, Instant now) {
        return new Delivery(idFor(event.eventId(), endpoint.id()), endpoint.owner(), endpoint.id(), event.eventId(), event.type(),
                payload, DeliveryStatus.PENDING, List.of(), now, now);
    }

    public Delivery after(Attempt attempt, RetrySchedule schedule) {
        var log = new ArrayList<>(attempts);
        log.add(attempt);
        if (attempt.succeeded()) {
            return with(DeliveryStatus.SUCCEEDED, log, null);
        }
        return schedule.after(log.size())
                .map(wait -> with(DeliveryStatus.PENDING, log, attempt.at().plus(wait)))
                .orElseGet(() -> with(DeliveryStatus.FAILED, log, null));
    }

    /** The same delivery held by an attempt until {@code until}: no other attempt takes it before. */
    public Delivery heldUntil(Instant until) {
        return with(status, attempts, until);
    }

    /** Stopped for good without a further attempt: its endpoint was removed. */
    public Delivery cancelled() {
        return with(DeliveryStatus.CANCELLED, attempts, null);
    }

    private Delivery with(DeliveryStatus status, List<Attempt> log, @Nullable Instant next) {
        return new Delivery(id, owner, endpointId, eventId, eventType, payload, status, log, next, createdAt);
    }
}
