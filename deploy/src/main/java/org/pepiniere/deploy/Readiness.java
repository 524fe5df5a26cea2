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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Polls a service's readiness probe until it answers UP, its JVM exits, or the time runs out. An UP counts
 * only when the JVM the launcher started holds the port ({@link ChildJvm#holds}): another program that
 * already listened there would otherwise answer for a service that is dying of the taken port.
 */
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
        poll(new Probe(uri, port, child, begin, deadline, timeout, new AtomicBoolean()), ready);
        return ready;
    }

    /** One service's polling; {@code answeredByAnother} remembers an UP from a process that was not the child. */
    private record Probe(URI uri, int port, ChildJvm child, long begin, long deadline, Duration timeout,
                         AtomicBoolean answeredByAnother) {
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

    private void poll(Probe probe, CompletableFuture<Duration> ready) {
        if (ready.isDone()) {
            return;
        }
        if (System.nanoTime() > probe.deadline()) {
            ready.completeExceptionally(probe.answeredByAnother().get()
                    ? StackStartException.answeredByAnother(probe.child(), probe.port(), probe.timeout())
                    : StackStartException.notReady(probe.child(), probe.timeout()));
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(probe.uri()).timeout(Duration.ofSeconds(2)).GET().build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            boolean up = error == null && response.statusCode() == 200 && response.body().contains("\"UP\"");
            if (up && probe.child().holds(probe.port())) {
                ready.complete(Duration.ofNanos(System.nanoTime() - probe.begin()));
                return;
            }
            if (up) {
                probe.answeredByAnother().set(true);
            }
            CompletableFuture.runAsync(() -> poll(probe, ready), LATER);
        });
    }
}
