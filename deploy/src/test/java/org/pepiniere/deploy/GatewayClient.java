package org.pepiniere.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;

/** Speaks JSON to the stack over real HTTP, through the gateway, as the portal would. */
public final class GatewayClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI gateway;

    public GatewayClient(URI gateway) {
        this.gateway = gateway;
    }

    /** An answer; its body read as UTF-8 text (a PDF's first bytes stay readable as {@code %PDF-}). */
    public record Answer(int status, String body, HttpHeaders headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        /** The ETag to send back as If-Match, or null when the answer has none. */
        public @Nullable String etag() {
            return headers.firstValue("ETag").orElse(null);
        }
    }

    public Answer post(String path, @Nullable String token, Object body) {
        return post(path, token, body, null);
    }

    /** A POST that names the version it acts on (If-Match), when {@code ifMatch} is not null. */
    public Answer post(String path, @Nullable String token, Object body, @Nullable String ifMatch) {
        return send(json(request(path, token, ifMatch), "POST", body));
    }

    public Answer put(String path, @Nullable String token, Object body, @Nullable String ifMatch) {
        return send(json(request(path, token, ifMatch), "PUT", body));
    }

    /** Sends a file's bytes as the body of a PUT, as the portal uploads a pitch deck. */
    public Answer putBytes(String path, @Nullable String token, byte[] bytes, String contentType) {
        return send(request(path, token, null).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    public Answer get(String path, @Nullable String token) {
        return send(request(path, token, null).GET());
    }

    /** Logs in and returns the access token. */
    public String login(String email, String password) {
        Answer answer = post("/api/auth/login", null, java.util.Map.of("email", email, "password", password));
        if (answer.status() != 200) {
            throw new AssertionError("login of " + email + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.json().path("accessToken").asText();
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request, String method, Object body) {
        try {
            return request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path, @Nullable String token, @Nullable String ifMatch) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json, application/problem+json, application/pdf")
                .header("Accept-Language", "fr");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
