package org.pepiniere.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Polls a service's readiness probe until it answers UP, its JVM exits, or the time runs out. */
final class Readiness {

    private static final Duration POLL_EVERY = Duration.ofMillis(500);
    private static final Executor LATER = CompletableFuture.delayedExecutor(POLL_EVERY.toMillis(), TimeUnit.MILLISECONDS);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Completes with the time it took, or exceptionally with a {@link StackStartException} that says why. */
    CompletableFuture<Duration> await(ChildJvm child, int port, Duration timeout) {
        long begin = System.nanoTime();
        long deadline = begin + timeout.toNanos();
        URI uri = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        CompletableFuture<Duration> ready = new CompletableFuture<>();
        child.unexpectedExit().thenAccept(code -> ready.completeExceptionally(
                StackStartException.died(child, code)));
        poll(uri, child, begin, deadline, timeout, ready);
        return ready;
    }

    /**
     * Completes when every service is ready; fails as soon as one fails or {@code stopping} completes, where
     * allOf alone would wait for the slowest service even after another one died.
     */
    static CompletableFuture<Object> all(Collection<CompletableFuture<Duration>> services, CompletableFuture<Void> stopping) {
        CompletableFuture<Object> firstFailure = new CompletableFuture<>();
        services.forEach(service -> service.whenComplete((took, failure) -> {
            if (failure != null) {
                firstFailure.completeExceptionally(failure);
            }
        }));
        stopping.thenRun(() -> firstFailure.completeExceptionally(new StackStoppingException()));
        return CompletableFuture.anyOf(CompletableFuture.allOf(services.toArray(CompletableFuture[]::new)), firstFailure);
    }

    private void poll(URI uri, ChildJvm child, long begin, long deadline, Duration timeout, CompletableFuture<Duration> ready) {
        if (ready.isDone()) {
            return;
        }
        if (System.nanoTime() > deadline) {
            ready.completeExceptionally(StackStartException.notReady(child, timeout));
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                ready.complete(Duration.ofNanos(System.nanoTime() - begin));
            } else {
                CompletableFuture.runAsync(() -> poll(uri, child, begin, deadline, timeout, ready), LATER);
            }
        });
    }
}
