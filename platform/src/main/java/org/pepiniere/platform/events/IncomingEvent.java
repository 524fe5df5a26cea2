package org.pepiniere.platform.events;

import java.time.Instant;

import org.pepiniere.contracts.EventExtensions;

import io.cloudevents.CloudEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A received CloudEvent with its data read as the contract record the consumer expects. */
public final class IncomingEvent {

    private final CloudEvent event;
    private final JsonMapper json;
    private JsonNode tree;

    IncomingEvent(CloudEvent event, JsonMapper json) {
        this.event = event;
        this.json = json;
    }

    public String id() {
        return event.getId();
    }

    public String type() {
        return event.getType();
    }

    public String subject() {
        return event.getSubject();
    }

    public String incubatorId() {
        return extension(EventExtensions.INCUBATOR_ID);
    }

    public String correlationId() {
        return extension(EventExtensions.CORRELATION_ID);
    }

    public String traceparent() {
        return extension(EventExtensions.TRACEPARENT);
    }

    public Instant time() {
        return event.getTime() == null ? null : event.getTime().toInstant();
    }

    public <T> T data(Class<T> type) {
        return json.treeToValue(tree(), type);
    }

    /** The {@code incubatorId} field of the data, which the envelope's extension must repeat; null when absent. */
    String dataIncubatorId() {
        JsonNode value = tree().get("incubatorId");
        return value == null || !value.isString() ? null : value.stringValue();
    }

    // Read once: the tenant check and the handler both look at the data.
    private JsonNode tree() {
        if (tree == null) {
            if (event.getData() == null) {
                throw new IllegalArgumentException("Event " + id() + " of type " + type() + " has no data");
            }
            tree = json.readTree(event.getData().toBytes());
        }
        return tree;
    }

    private String extension(String name) {
        Object value = event.getExtension(name);
        return value == null ? null : value.toString();
    }
}
