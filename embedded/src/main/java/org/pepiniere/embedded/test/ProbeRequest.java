package org.pepiniere.embedded.test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.pepiniere.contracts.identity.Role;

/** One request of the probe: an operation, good values for its parameters, and the role of its token. */
record ProbeRequest(ApiDocument.Operation operation, Role role, Map<String, String> pathValues, Map<String, String> queryValues) {

    ProbeRequest(ApiDocument.Operation operation, Role role) {
        this(operation, role, good(operation, "path"), good(operation, "query"));
    }

    private static Map<String, String> good(ApiDocument.Operation operation, String in) {
        var values = new LinkedHashMap<String, String>();
        operation.parameters().stream()
                .filter(parameter -> parameter.in().equals(in) && (in.equals("path") || parameter.required()))
                .forEach(parameter -> values.put(parameter.name(), SchemaSamples.text(parameter.schema())));
        return values;
    }

    ProbeRequest with(ApiDocument.Parameter parameter, String value) {
        var path = new LinkedHashMap<>(pathValues);
        var query = new LinkedHashMap<>(queryValues);
        (parameter.in().equals("path") ? path : query).put(parameter.name(), value);
        return new ProbeRequest(operation, role, path, query);
    }

    /** The path with every value percent-encoded, {@code $} included, as a client library would send it. */
    String path() {
        String path = operation.path();
        for (var value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
        }
        return path;
    }

    String query() {
        if (queryValues.isEmpty()) {
            return "";
        }
        return queryValues.entrySet().stream()
                .map(value -> encode(value.getKey()) + "=" + encode(value.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
