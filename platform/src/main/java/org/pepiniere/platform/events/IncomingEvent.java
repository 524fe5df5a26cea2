package org.pepiniere.platform.events;

import java.time.Instant;

import org.pepiniere.contracts.EventExtensions;

import io.cloudevents.CloudEvent;
import tools.jackson.databind.json.JsonMapper;

/** A received CloudEvent with its data read as the contract record the consumer expects. */
public final class IncomingEvent {

    private final CloudEvent event;
    private final JsonMapper json;

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
        if (event.getData() == null) {
            throw new IllegalArgumentException("Event " + id() + " of type " + type() + " has no data");
        }
        return json.readValue(event.getData().toBytes(), type);
    }

    private String extension(String name) {
        Object value = event.getExtension(name);
        return value == null ? null : value.toString();
    }
}
