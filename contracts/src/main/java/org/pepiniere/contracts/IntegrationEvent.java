package org.pepiniere.contracts;

import java.time.Instant;

/**
 * What every integration event carries: its own unique id (the idempotency key of consumers), the
 * tenant, and when it happened. The aggregate id is the CloudEvent subject and the Kafka key.
 */
public interface IntegrationEvent {

    String eventId();

    String incubatorId();

    Instant occurredAt();
}
