package org.pepiniere.embedded.test;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;

/** The JSON of event data, read and written the way our services do (ISO-8601 times, unknown fields ignored). */
final class EventJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventJson() {
    }

    static <T> T read(CloudEvent event, Class<T> type) {
        try {
            return MAPPER.readValue(bytes(event), type);
        } catch (IOException e) {
            throw new UncheckedIOException("data of " + event.getType() + " " + event.getId() + " is not a " + type.getSimpleName(), e);
        }
    }

    static JsonNode tree(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }

    static byte[] write(Object data) {
        try {
            return MAPPER.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write event data as JSON", e);
        }
    }

    static byte[] bytes(CloudEvent event) {
        if (event.getData() == null) {
            throw new AssertionError(event.getType() + " " + event.getId() + " has no data");
        }
        return event.getData().toBytes();
    }
}
