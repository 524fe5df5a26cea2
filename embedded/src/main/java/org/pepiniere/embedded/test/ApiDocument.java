package org.pepiniere.embedded.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.jspecify.annotations.Nullable;

/** The operations of a service's OpenAPI document, with every schema reference resolved. */
final class ApiDocument {

    /** A path or query parameter. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** One operation: its method, path template, parameters and JSON body schema (null when it takes none). */
    record Operation(String method, String path, List<Parameter> parameters, @Nullable JsonNode body) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final JsonNode root;

    private ApiDocument(JsonNode root) {
        this.root = root;
    }

    static ApiDocument parse(String json) {
        try {
            return new ApiDocument(new ObjectMapper().readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Not an OpenAPI document", e);
        }
    }

    List<Operation> operations() {
        var operations = new ArrayList<Operation>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(), parameters(operation),
                            body(operation)));
                }
            }
        }
        return operations;
    }

    private List<Parameter> parameters(JsonNode operation) {
        var parameters = new ArrayList<Parameter>();
        for (JsonNode parameter : operation.path("parameters")) {
            String in = parameter.path("in").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            // an object "parameter" is a value Spring resolves from the request itself, not one a client sends
            if ((in.equals("path") || in.equals("query")) && !"object".equals(schema.path("type").asText())) {
                parameters.add(new Parameter(parameter.path("name").asText(), in, parameter.path("required").asBoolean(), schema));
            }
        }
        return parameters;
    }

    private @Nullable JsonNode body(JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : resolve(schema);
    }

    /** The schema itself, its {@code $ref} followed. */
    JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/")) {
            return resolve(root.at(ref.substring(1)));
        }
        return schema.isMissingNode() ? MissingNode.getInstance() : schema;
    }
}
