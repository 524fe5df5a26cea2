package org.pepiniere.embedded.test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cloudevents.CloudEvent;
import org.pepiniere.contracts.EventExtensions;
import org.pepiniere.contracts.EventTypes;

/**
 * Checks a published event against the contract: its envelope (id, subject, incubator extension) and its
 * JSON data against the schema of its type, {@code schemas/<type>.json} from {@code contracts}.
 */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Fails with every violation listed when {@code event} does not conform. */
    public static void assertConforms(CloudEvent event) {
        fail(event.getType(), violations(event));
    }

    /** Fails with every violation listed when {@code json} is not valid data for {@code type}. */
    public static void assertConforms(String type, String json) {
        fail(type, violations(type, json));
    }

    public static List<String> violations(CloudEvent event) {
        List<String> violations = new ArrayList<>();
        if (event.getSubject() == null || event.getSubject().isBlank()) {
            violations.add("subject: the aggregate id is missing");
        }
        Object incubatorId = event.getExtension(EventExtensions.INCUBATOR_ID);
        if (incubatorId == null || incubatorId.toString().isBlank()) {
            violations.add("extension " + EventExtensions.INCUBATOR_ID + " is missing");
        }
        if (event.getDataContentType() != null && !event.getDataContentType().startsWith("application/json")) {
            violations.add("datacontenttype: " + event.getDataContentType() + " is not application/json");
        }
        if (event.getData() == null) {
            violations.add("data is missing");
            return violations;
        }
        String json = new String(event.getData().toBytes(), StandardCharsets.UTF_8);
        violations.addAll(violations(event.getType(), json));
        if (incubatorId != null) {
            sameIncubator(incubatorId.toString(), json, violations);
        }
        return violations;
    }

    public static List<String> violations(String type, String json) {
        if (!EventTypes.ALL.contains(type)) {
            return List.of("type " + type + " is not in the contracts' catalogue (EventTypes.ALL)");
        }
        try {
            JsonNode data = EventJson.tree(json.getBytes(StandardCharsets.UTF_8));
            return schema(type).validate(data).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            return List.of("data is not JSON: " + e.getMessage());
        }
    }

    private static void sameIncubator(String extension, String json, List<String> violations) {
        try {
            JsonNode data = EventJson.tree(json.getBytes(StandardCharsets.UTF_8)).path("incubatorId");
            if (data.isTextual() && !data.asText().equals(extension)) {
                violations.add("extension " + EventExtensions.INCUBATOR_ID + " (" + extension + ") differs from data.incubatorId ("
                        + data.asText() + ")");
            }
        } catch (IOException e) {
            // already reported as "data is not JSON"
        }
    }

    private static JsonSchema schema(String type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            String path = EventTypes.schemaPath(t);
            try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("no schema at classpath:" + path);
                }
                return FACTORY.getSchema(in, CONFIG);
            } catch (IOException e) {
                throw new IllegalStateException("unreadable schema at classpath:" + path, e);
            }
        });
    }

    private static void fail(String type, List<String> violations) {
        if (!violations.isEmpty()) {
            throw new AssertionError(type + " does not conform to its contract:\n  - " + String.join("\n  - ", violations));
        }
    }
}
