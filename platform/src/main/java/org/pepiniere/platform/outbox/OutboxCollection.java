package org.pepiniere.platform.outbox;

/** Declares, as a bean, a MongoDB collection whose documents keep pending events in their outbox. */
public record OutboxCollection(String name) {
}
