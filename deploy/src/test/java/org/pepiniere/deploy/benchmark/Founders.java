package org.pepiniere.deploy.benchmark;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/** Founders registered and logged in through the gateway before any stage; each stage hands them out in turn. */
final class Founders {

    private static final String PASSWORD = "un-mot-de-passe-de-banc-d-essai";

    private final List<String> tokens;
    private final AtomicInteger next = new AtomicInteger();

    private Founders(List<String> tokens) {
        this.tokens = tokens;
    }

    /** Registers {@code count} founders, four at a time (password hashing is the slow part). */
    static Founders register(Gateway gateway, int count) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<String>> tokens = IntStream.range(0, count)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> registerOne(gateway, i), pool)).toList();
            return new Founders(tokens.stream().map(CompletableFuture::join).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    String nextToken() {
        return tokens.get(Math.floorMod(next.getAndIncrement(), tokens.size()));
    }

    int size() {
        return tokens.size();
    }

    private static String registerOne(Gateway gateway, int index) {
        String email = "banc-" + index + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Map<String, String> body = Map.of("email", email, "password", PASSWORD, "displayName", "Fondatrice " + index);
        Gateway.Answer registered = patiently(() -> gateway.postNow("/api/auth/register", null, body));
        if (registered.status() != 201 && registered.status() != 202) {
            throw new IllegalStateException("registration answered " + registered.status() + ": " + registered.body());
        }
        Gateway.Answer login = patiently(() -> gateway.postNow("/api/auth/login", null, Map.of("email", email, "password", PASSWORD)));
        if (login.status() != 200) {
            throw new IllegalStateException("login answered " + login.status() + ": " + login.body());
        }
        return login.json().path("accessToken").asText();
    }

    /** A limit that still applies (429) or a busy hashing pool (503) is waited out, as a client should. */
    private static Gateway.Answer patiently(java.util.function.Supplier<Gateway.Answer> call) {
        for (int attempt = 0; ; attempt++) {
            Gateway.Answer answer = call.get();
            if ((answer.status() != 429 && answer.status() != 503) || attempt >= 30) {
                return answer;
            }
            long seconds = answer.retryAfter() == null ? 1 : Math.max(1, Long.parseLong(answer.retryAfter().trim()));
            try {
                TimeUnit.SECONDS.sleep(Math.min(seconds, 10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
