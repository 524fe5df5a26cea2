package org.pepiniere.embedded.test;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A value that a schema accepts, so that one bad value at a time can be put into an otherwise good request. */
final class SchemaSamples {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> CANDIDATES = List.of("probe", "EUR", "probe-1", "a1", "A", "1", "x");

    private final ApiDocument document;

    SchemaSamples(ApiDocument document) {
        this.document = document;
    }

    JsonNode of(JsonNode given) {
        return of(given, 0);
    }

    private JsonNode of(JsonNode given, int depth) {
        JsonNode schema = document.resolve(given);
        String type = type(schema);
        switch (type) {
            case "object" -> {
                var object = JSON.objectNode();
                if (depth > 5) {
                    return object;
                }
                schema.path("properties").properties().forEach(property ->
                        object.set(property.getKey(), of(property.getValue(), depth + 1)));
                JsonNode values = schema.path("additionalProperties");
                if (values.isObject()) {
                    object.set("probe", of(values, depth + 1));
                }
                return object;
            }
            case "array" -> {
                var array = JSON.arrayNode();
                array.add(of(schema.path("items"), depth + 1));
                return array;
            }
            case "integer", "number" -> {
                long minimum = schema.path("minimum").asLong(1);
                long maximum = schema.path("maximum").asLong(Long.MAX_VALUE);
                return JSON.numberNode(Math.min(Math.max(1, minimum), maximum));
            }
            case "boolean" -> {
                return JSON.booleanNode(true);
            }
            default -> {
                return JSON.textNode(text(schema));
            }
        }
    }

    /** A string the schema accepts; {@code "probe"} when it says nothing. */
    static String text(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        String format = schema.path("format").asText("");
        if (format.equals("email")) {
            return "probe@pepiniere.test";
        }
        if (format.equals("uri") || format.equals("url")) {
            return "https://example.org/probe";
        }
        if (format.equals("date-time")) {
            return "2026-01-01T00:00:00Z";
        }
        return CANDIDATES.stream().filter(candidate -> accepts(schema, candidate)).findFirst().orElse("probe");
    }

    static boolean accepts(JsonNode schema, String text) {
        if (schema.has("enum")) {
            for (JsonNode value : schema.path("enum")) {
                if (value.asText().equals(text)) {
                    return true;
                }
            }
            return false;
        }
        if (text.length() < schema.path("minLength").asInt(0) || text.length() > schema.path("maxLength").asInt(Integer.MAX_VALUE)) {
            return false;
        }
        if (schema.path("format").asText("").equals("email") && !text.matches("[^@\\s]+@[^@\\s]+")) {
            return false;
        }
        return !schema.has("pattern") || Pattern.compile(schema.path("pattern").asText()).matcher(text).matches();
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asText().equals("null")) {
                    return one.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") || schema.has("additionalProperties") ? "object" : "string";
    }

    static ObjectNode copy(JsonNode node) {
        return (ObjectNode) node.deepCopy();
    }
}
