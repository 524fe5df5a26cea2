package org.pepiniere.notifications.webhooks.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.notifications.webhooks.Attempt;
import org.pepiniere.notifications.webhooks.Delivery;
import org.pepiniere.notifications.webhooks.DeliveryStatus;

record DeliveryView(
        String id,
        String eventId,
        String eventType,
        DeliveryStatus status,
        List<Attempt> attempts,
        @Nullable Instant nextAttemptAt,
        Instant createdAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.status(), delivery.attempts(),
                delivery.nextAttemptAt(), delivery.createdAt());
    }
}
