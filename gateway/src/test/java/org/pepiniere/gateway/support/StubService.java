package org.pepiniere.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A service behind the gateway, standing in for the real ones: it records every request it receives
 * and answers from a few fixed paths.
 */
public final class StubService implements AutoCloseable {

    public static final String SERVICE_PROBLEM =
            "{\"type\":\"https://pepiniere.org/problems/already-submitted\",\"title\":\"Conflict\",\"status\":409,"
                    + "\"detail\":\"This application was already submitted.\",\"instance\":\"/api/applications/conflict\"}";
    public static final String API_DOCS = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"stub service\",\"version\":\"1\"},\"paths\":{}}";
    public static final Duration SLOW = Duration.ofSeconds(3);

    /** What the stub saw of one request. */
    public record Received(String method, String path, Map<String, List<String>> headers, int bodyLength) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private StubService(HttpServer server) {
        this.server = server;
    }

    public static StubService start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            var stub = new StubService(server);
            server.createContext("/", stub::handle);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An address where nothing listens: a service that is down. */
    public static String downServiceUri() {
        try (var socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> receivedOn(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body.length));
        // a real service echoes the correlation id it was given, as the platform's filter does
        String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
        if (correlationId != null) {
            exchange.getResponseHeaders().set("X-Correlation-Id", correlationId);
        }
        switch (path) {
            case "/api/applications/conflict" -> answer(exchange, 409, "application/problem+json", SERVICE_PROBLEM);
            case "/v3/api-docs" -> answer(exchange, 200, "application/json", API_DOCS);
            case "/api/applications/slow", "/api/applications/slow/deck", "/api/notifications/stream" -> {
                try {
                    Thread.sleep(SLOW.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                answer(exchange, 200, "application/json", "{\"slow\":true}");
            }
            default -> answer(exchange, 200, "application/json", "{\"path\":\"" + path + "\",\"bodyLength\":" + body.length + "}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
