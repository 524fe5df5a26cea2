package org.pepiniere.platform.outbox;

/**
 * Declares, as a bean, a MongoDB collection whose documents are written with events in their
 * outbox without {@link Outbox#store} (by a service not yet moved to it): the relay searches it once
 * at start for events a crash left behind. A collection written through {@link Outbox#store} needs
 * no declaration.
 */
public record OutboxCollection(String name) {
}
