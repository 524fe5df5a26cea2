package org.pepiniere.deploy.benchmark;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;

/** Asynchronous JSON over HTTP/1.1 to the gateway, as many requests in flight as the load asks for. */
final class Gateway implements AutoCloseable {

    record Answer(int status, String body, @Nullable String retryAfter) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "benchmark-client");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(executor)
            .build();
    private final URI base;

    Gateway(URI base) {
        this.base = base;
    }

    CompletableFuture<Answer> post(String path, @Nullable String token, Object body) {
        try {
            return send(request(path, token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    CompletableFuture<Answer> get(String path, @Nullable String token) {
        return send(request(path, token).GET());
    }

    Answer postNow(String path, @Nullable String token, Object body) {
        return post(path, token, body).join();
    }

    String login(String email, String password) {
        Answer answer = postNow("/api/auth/login", null, Map.of("email", email, "password", password));
        if (answer.status() != 200) {
            throw new IllegalStateException("login of " + email + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.json().path("accessToken").asText();
    }

    private HttpRequest.Builder request(String path, @Nullable String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private CompletableFuture<Answer> send(HttpRequest.Builder request) {
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Answer(r.statusCode(), r.body(), r.headers().firstValue("Retry-After").orElse(null)))
                .exceptionally(failure -> new Answer(-1, String.valueOf(failure), null));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
