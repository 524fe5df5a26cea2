package org.pepiniere.platform.outbox;

/**
 * Declares, as a bean, a MongoDB collection whose documents are written with events in their
 * outbox without {@link Outbox#store} (by a service not yet moved to it, or by an earlier version of
 * the service, whose crash could leave events without a pending mark): the relay searches it once at
 * start for events left behind. A collection written only through {@link Outbox#store} needs no
 * declaration.
 */
public record OutboxCollection(String name) {
}
