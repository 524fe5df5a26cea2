package org.pepiniere.embedded.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;

/**
 * Walks a running service's OpenAPI document ({@code /v3/api-docs}) and sends, to every operation, bad
 * values in each path and query parameter and in each JSON body field, plus bodies that are not JSON
 * objects, once with a token of each role. Every answer must be a success or a 4xx
 * {@code application/problem+json} whose {@code instance} is the request path, never a 5xx; values the
 * document itself declares invalid must be refused. Use it from a test of the running service:
 * {@code ApiProbe.at(port).walk("applications-service").assertClean()}.
 */
public final class ApiProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Role, String> tokens = new HashMap<>();

    private ApiProbe(URI base) {
        this.base = base;
        String incubator = "probe-" + UUID.randomUUID();
        for (Role role : Role.values()) {
            var user = TestUser.of("probe-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID(), incubator, role)
                    .withOrganisation("probe-organisation");
            tokens.put(role, TestIdentity.token(user));
        }
    }

    /** A probe of the service listening on {@code port} of this machine. */
    public static ApiProbe at(int port) {
        return new ApiProbe(URI.create("http://127.0.0.1:" + port));
    }

    /** Sends every bad request the document allows for, and prints how many it sent. */
    public ProbeReport walk(String service) {
        var document = ApiDocument.parse(send("GET", "/v3/api-docs", null, null, null).body());
        var values = new BadValues(document);
        var failures = new ArrayList<String>();
        int requests = 0;
        var operations = document.operations();
        for (ApiDocument.Operation operation : operations) {
            for (Role role : Role.values()) {
                requests += probe(operation, role, values, failures);
            }
        }
        var report = new ProbeReport(service, operations.size(), requests, failures);
        System.out.println(report.summary());
        return report;
    }

    private int probe(ApiDocument.Operation operation, Role role, BadValues values, List<String> failures) {
        String goodBody = operation.body() == null ? null : values.goodBody(operation.body()).toString();
        var good = new ProbeRequest(operation, role);
        int sent = 0;
        check(good, "good values", goodBody, "application/json", false, failures);
        sent++;
        for (ApiDocument.Parameter parameter : operation.parameters()) {
            for (BadValues.Bad bad : values.of(parameter)) {
                check(good.with(parameter, bad.value()), bad.where() + " = " + shown(bad.value()), goodBody, "application/json",
                        bad.refused(), failures);
                sent++;
            }
        }
        if (operation.body() != null) {
            for (BadValues.BadBody bad : values.bodies(operation.body())) {
                check(good, bad.where(), bad.json(), bad.contentType(), bad.refused(), failures);
                sent++;
            }
        }
        return sent;
    }

    private void check(ProbeRequest request, String what, @Nullable String body, String contentType, boolean mustRefuse,
            List<String> failures) {
        String path = request.path();
        var response = send(request.operation().method(), path + request.query(), body, contentType, tokens.get(request.role()));
        int status = response.statusCode();
        String problem = problemOf(response, path);
        String where = request.operation() + " as " + request.role() + ", " + what + " → " + status;
        if (status >= 500) {
            failures.add(where + " " + shortened(response.body()));
        } else if (status >= 400 && problem != null) {
            failures.add(where + ": " + problem);
        } else if (mustRefuse && status < 400) {
            failures.add(where + ": accepted a value the API document declares invalid");
        } else if (status == 401) {
            failures.add(where + ": a valid token was refused");
        }
    }

    /** What is wrong with an error answer, or null when it is a proper problem for this path. */
    private @Nullable String problemOf(HttpResponse<String> response, String path) {
        if (response.statusCode() < 400) {
            return null;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "answered " + type + " instead of application/problem+json";
        }
        try {
            JsonNode problem = json.readTree(response.body());
            String instance = problem.path("instance").asText("");
            return instance.equals(path) ? null : "instance is " + instance + " instead of " + path;
        } catch (IOException e) {
            return "answered a problem that is not JSON";
        }
    }

    private HttpResponse<String> send(String method, String pathAndQuery, @Nullable String body, @Nullable String contentType,
            @Nullable String token) {
        var builder = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null && contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String shortened(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static String shown(String value) {
        return value.length() > 40 ? "\"" + value.substring(0, 40) + "…\" (" + value.length() + " characters)" : "\"" + value + "\"";
    }
}
