package org.pepiniere.notifications.webhooks;

/** Writes a payload as JSON text, the exact bytes that are signed and sent. */
@FunctionalInterface
public interface JsonWriter {

    String write(Object value);
}
