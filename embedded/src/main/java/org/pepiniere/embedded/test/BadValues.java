package org.pepiniere.embedded.test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Wrong-typed, empty, oversized and {@code $}-prefixed values for each parameter and each body field.
 * A value is {@code refused} when the document itself says it is invalid (or when it can only be an
 * attack, such as an operator key): the service must then answer 4xx. Other values may be accepted,
 * since a name may well start with {@code $}; none may ever cause a 5xx.
 */
final class BadValues {

    /** One bad value: where it goes, what it is, and whether the service must refuse it. */
    record Bad(String where, String value, boolean refused) {
    }

    /** A whole request body, and whether the service must refuse it. */
    record BadBody(String where, String json, String contentType, boolean refused) {
    }

    static final String HUGE_NUMBER = "99999999999999999999";

    private final SchemaSamples samples;
    private final ApiDocument document;

    BadValues(ApiDocument document) {
        this.document = document;
        this.samples = new SchemaSamples(document);
    }

    /** Values for a path or query parameter, as the text of the URL carries it. */
    List<Bad> of(ApiDocument.Parameter parameter) {
        boolean path = parameter.in().equals("path");
        JsonNode schema = parameter.schema();
        String type = SchemaSamples.type(schema);
        boolean textual = type.equals("string");
        var bad = new ArrayList<Bad>();
        String where = parameter.in() + " " + parameter.name();
        if (!textual) {
            bad.add(new Bad(where, "abc", true));
            bad.add(new Bad(where, HUGE_NUMBER, true));
        }
        if (schema.has("maximum")) {
            bad.add(new Bad(where, String.valueOf(schema.path("maximum").asLong() + 1), true));
        }
        if (schema.has("minimum")) {
            bad.add(new Bad(where, String.valueOf(schema.path("minimum").asLong() - 1), true));
        }
        bad.add(new Bad(where, "", path || !textual || !SchemaSamples.accepts(schema, "")));
        bad.add(new Bad(where, "$where", path || !textual || !SchemaSamples.accepts(schema, "$where")));
        bad.add(new Bad(where, "$gt", path || !textual || !SchemaSamples.accepts(schema, "$gt")));
        String oversized = "a".repeat(schema.path("maxLength").asInt(4_000) + 1);
        bad.add(new Bad(where, oversized, path || schema.has("maxLength") || !textual || !SchemaSamples.accepts(schema, oversized)));
        return bad;
    }

    /** A good body with one field at a time made bad, then bodies that are not JSON objects at all. */
    List<BadBody> bodies(JsonNode schema) {
        var bodies = new ArrayList<BadBody>();
        JsonNode good = samples.of(schema);
        fields(schema, "", 0, field -> field.mutations(good, bodies));
        bodies.add(new BadBody("body", "{\"probe\": ", "application/json", true));
        bodies.add(new BadBody("body", "[]", "application/json", true));
        bodies.add(new BadBody("body", "\"$where\"", "application/json", true));
        bodies.add(new BadBody("body", "42", "application/json", true));
        bodies.add(new BadBody("body", "null", "application/json", true));
        bodies.add(new BadBody("body", "", "application/json", true));
        bodies.add(new BadBody("body", good.toString(), "text/plain", true));
        return bodies;
    }

    JsonNode goodBody(JsonNode schema) {
        return samples.of(schema);
    }

    private void fields(JsonNode given, String pointer, int depth, Consumer<BodyField> each) {
        JsonNode schema = document.resolve(given);
        if (depth > 5) {
            return;
        }
        var required = new java.util.HashSet<String>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("properties").properties().forEach(property -> {
            String child = pointer + "/" + property.getKey();
            JsonNode childSchema = document.resolve(property.getValue());
            each.accept(new BodyField(child, childSchema, required.contains(property.getKey())));
            descend(childSchema, child, depth, each);
        });
        JsonNode values = schema.path("additionalProperties");
        if (values.isObject()) {
            JsonNode valueSchema = document.resolve(values);
            each.accept(new BodyField(pointer + "/probe", valueSchema, false));
            descend(valueSchema, pointer + "/probe", depth, each);
        }
    }

    private void descend(JsonNode schema, String pointer, int depth, Consumer<BodyField> each) {
        String type = SchemaSamples.type(schema);
        if (type.equals("object")) {
            fields(schema, pointer, depth + 1, each);
        } else if (type.equals("array")) {
            JsonNode items = document.resolve(schema.path("items"));
            each.accept(new BodyField(pointer + "/0", items, false));
            descend(items, pointer + "/0", depth, each);
        }
    }
}
