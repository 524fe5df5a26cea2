/**
 * Kafka for every service: topics, the dead-letter error handler and the listener rules.
 * <p>
 * <b>One listener per topic, in the service's consumer group.</b> Kafka splits a topic's partitions
 * between the listeners of one group, so a second {@code @KafkaListener} on a topic would silently
 * receive only some of its events; and processed ids and the dead-letter topic {@code <group>.dlt}
 * are kept per group. A feature that needs events of a topic another feature already consumes is
 * called from that topic's single listener, which dispatches by event type. The service refuses to
 * start when the rule is broken, and every listener goes through the
 * {@link org.pepiniere.platform.events.IdempotentConsumer} (checked by the shared architecture rules).
 */
package org.pepiniere.platform.kafka;
