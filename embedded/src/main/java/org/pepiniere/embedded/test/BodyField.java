package org.pepiniere.embedded.test;

import java.math.BigInteger;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A field of a request body, by its JSON pointer, and the bad values it is given one at a time. */
record BodyField(String pointer, JsonNode schema, boolean required) {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    void mutations(JsonNode good, List<BadValues.BadBody> into) {
        String type = SchemaSamples.type(schema);
        switch (type) {
            case "string" -> {
                into.add(with(good, JSON.numberNode(42), false));
                into.add(with(good, JSON.objectNode().put("$gt", ""), true));
                into.add(with(good, JSON.arrayNode().add("probe"), true));
                into.add(with(good, JSON.textNode(""), !SchemaSamples.accepts(schema, "")));
                into.add(with(good, JSON.textNode("$where"), !SchemaSamples.accepts(schema, "$where")));
                String oversized = "a".repeat(schema.path("maxLength").asInt(10_000) + 1);
                into.add(with(good, JSON.textNode(oversized), !SchemaSamples.accepts(schema, oversized)));
            }
            case "integer", "number" -> {
                into.add(with(good, JSON.textNode("abc"), true));
                into.add(with(good, JSON.textNode(""), true));
                into.add(with(good, JSON.textNode("$where"), true));
                into.add(with(good, JSON.objectNode().put("$gt", 0), true));
                into.add(with(good, JSON.numberNode(new BigInteger(BadValues.HUGE_NUMBER)), type.equals("integer")));
                if (schema.has("maximum")) {
                    into.add(with(good, JSON.numberNode(schema.path("maximum").asLong() + 1), true));
                }
                if (schema.has("minimum")) {
                    into.add(with(good, JSON.numberNode(schema.path("minimum").asLong() - 1), true));
                }
            }
            case "boolean" -> {
                into.add(with(good, JSON.textNode("$where"), true));
                into.add(with(good, JSON.objectNode(), true));
            }
            case "array" -> {
                into.add(with(good, JSON.textNode("$where"), true));
                into.add(with(good, JSON.objectNode().put("$gt", ""), true));
                into.add(with(good, JSON.arrayNode(), schema.path("minItems").asInt(0) > 0));
                ArrayNode many = JSON.arrayNode();
                JsonNode item = good.at(pointer).path(0);
                int count = schema.path("maxItems").asInt(1_000) + 1;
                for (int i = 0; i < count; i++) {
                    many.add(item.deepCopy());
                }
                into.add(with(good, many, schema.has("maxItems")));
            }
            default -> {
                into.add(with(good, JSON.textNode("$where"), true));
                into.add(with(good, JSON.arrayNode(), true));
                into.add(with(good, JSON.objectNode(), false));
                // an operator key can only be an attempt to reach a query: every service refuses it
                JsonNode current = good.at(pointer);
                ObjectNode operator = current.isObject() ? ((ObjectNode) current).deepCopy() : JSON.objectNode();
                operator.put("$where", "1");
                into.add(with(good, operator, true));
                ObjectNode dotted = current.isObject() ? ((ObjectNode) current).deepCopy() : JSON.objectNode();
                dotted.put("a.b", "1");
                into.add(with(good, dotted, schema.has("additionalProperties") || schema.has("properties")));
            }
        }
        if (required) {
            into.add(with(good, JSON.nullNode(), true));
        }
    }

    private BadValues.BadBody with(JsonNode good, JsonNode value, boolean refused) {
        ObjectNode body = SchemaSamples.copy(good);
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = body.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        String shown = value.toString();
        return new BadValues.BadBody("body " + pointer + " = " + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown),
                body.toString(), "application/json", refused);
    }
}
