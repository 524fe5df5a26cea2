package org.pepiniere.deploy.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The partner bank of the benchmark, in its JVM: verifies every webhook with the Standard Webhooks
 * reference library, then notes how long after the event's {@code occurredAt} (the payload's
 * {@code timestamp}) the verification ended. Wall clocks of one machine, so comparable.
 */
final class VerifyingBank implements AutoCloseable {

    /** One verified webhook: when its event occurred, how long until verified, which start-up. */
    record Arrival(Instant occurredAt, long latencyMicros, String startupRef) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final String secret;
    private final ThreadLocal<Webhook> verifier;
    private final List<Arrival> arrivals = new ArrayList<>();
    private final Set<String> refs = ConcurrentHashMap.newKeySet();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    private VerifyingBank(HttpServer server, ExecutorService executor, String secret) {
        this.server = server;
        this.executor = executor;
        this.secret = secret;
        this.verifier = ThreadLocal.withInitial(() -> new Webhook(secret));
    }

    static VerifyingBank start() {
        byte[] key = new byte[24];
        new SecureRandom().nextBytes(key);
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
            ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "benchmark-bank");
                thread.setDaemon(true);
                return thread;
            });
            VerifyingBank bank = new VerifyingBank(server, executor, secret);
            server.createContext("/bank/webhooks", bank::receive);
            server.setExecutor(executor);
            server.start();
            return bank;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bank/webhooks";
    }

    String secret() {
        return secret;
    }

    /** The verified webhooks whose event occurred in [{@code from}, {@code to}). */
    synchronized List<Arrival> between(Instant from, Instant to) {
        return arrivals.stream().filter(a -> !a.occurredAt().isBefore(from) && a.occurredAt().isBefore(to)).toList();
    }

    long duplicates() {
        return duplicates.get();
    }

    long refused() {
        return refused.get();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            try {
                verifier.get().verify(body, headers);
            } catch (WebhookVerificationException e) {
                refused.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            Instant verified = Instant.now();
            JsonNode payload = JSON.readTree(body);
            Instant occurredAt = Instant.parse(payload.path("timestamp").asText());
            String ref = payload.path("data").path("startupRef").asText();
            long micros = (verified.getEpochSecond() - occurredAt.getEpochSecond()) * 1_000_000
                    + (verified.getNano() - occurredAt.getNano()) / 1_000;
            if (!refs.add(ref)) {
                duplicates.incrementAndGet();
            }
            synchronized (this) {
                arrivals.add(new Arrival(occurredAt, micros, ref));
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
