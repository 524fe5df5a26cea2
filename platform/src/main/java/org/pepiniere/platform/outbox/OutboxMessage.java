package org.pepiniere.platform.outbox;

import java.time.Instant;

/**
 * An event waiting to be published, stored in the {@code outbox} array of the aggregate's own
 * document by the same write that changed the aggregate.
 *
 * @param eventId the CloudEvent id, equal to the event's own {@code eventId}; not named {@code id},
 *                which Spring Data would store as {@code _id}
 * @param subject the aggregate id: CloudEvent subject and Kafka record key
 * @param data    the event as JSON
 */
public record OutboxMessage(
        String eventId,
        String topic,
        String type,
        String subject,
        String incubatorId,
        Instant occurredAt,
        String data,
        String correlationId,
        String traceparent) {
}
