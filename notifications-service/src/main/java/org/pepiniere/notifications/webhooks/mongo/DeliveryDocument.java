package org.pepiniere.notifications.webhooks.mongo;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.notifications.webhooks.Attempt;
import org.pepiniere.notifications.webhooks.Delivery;
import org.pepiniere.notifications.webhooks.DeliveryStatus;
import org.pepiniere.notifications.webhooks.EndpointOwner;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(DeliveryDocument.COLLECTION)
record DeliveryDocument(
        @Id String id,
        String incubatorId,
        String organisationId,
        String endpointId,
        String eventId,
        String eventType,
        String payload,
        DeliveryStatus status,
        List<Attempt> attempts,
        @Nullable Instant nextAttemptAt,
        Instant createdAt,
        @Nullable String lease) {

    static final String COLLECTION = "webhook_deliveries";

    static DeliveryDocument of(Delivery delivery, @Nullable String lease) {
        return new DeliveryDocument(delivery.id(), delivery.owner().incubatorId(), delivery.owner().organisationId(),
                delivery.endpointId(), delivery.eventId(), delivery.eventType(), delivery.payload(), delivery.status(),
                delivery.attempts(), delivery.nextAttemptAt(), delivery.createdAt(), lease);
    }

    Delivery toDelivery() {
        return new Delivery(id, new EndpointOwner(incubatorId, organisationId), endpointId, eventId, eventType, payload, status,
                attempts == null ? List.of() : attempts, nextAttemptAt, createdAt);
    }
}
