package org.pepiniere.deploy.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Submissions at a fixed rate whatever the answers (open loop: a slow answer never delays the next
 * arrival). Each arrival is one founder's draft, then its submission; only the submission is timed.
 */
final class OpenLoopLoad {

    /** Beyond this many arrivals in flight the stack is hopelessly behind: further arrivals are counted, not sent. */
    private static final int MAX_IN_FLIGHT = 5_000;

    /** What one stage of load did. {@code from}/{@code to}: wall-clock bounds of its arrivals. */
    record Result(int rate, Duration length, Instant from, Instant to, long arrivals, long submitted, long failed,
            long notSent, long[] submitMicros, Map<String, Long> failures) {

        double achievedRate() {
            return submitted / (double) length.toMillis() * 1000.0;
        }
    }

    private final Gateway gateway;
    private final Founders founders;
    private final AtomicLong submittedTotal = new AtomicLong();

    OpenLoopLoad(Gateway gateway, Founders founders) {
        this.gateway = gateway;
        this.founders = founders;
    }

    /** Every submission answered 200 since the start, all stages together. */
    long submittedTotal() {
        return submittedTotal.get();
    }

    Result run(int rate, Duration length) {
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long count = length.toSeconds() * rate;
        AtomicInteger inFlight = new AtomicInteger();
        AtomicLong submitted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long notSent = 0;
        Map<String, Long> failures = new ConcurrentHashMap<>();
        List<Long> micros = java.util.Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> all = new ArrayList<>();
        Instant from = Instant.now();
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                notSent++;
                continue;
            }
            inFlight.incrementAndGet();
            all.add(oneSubmission(founders.nextToken(), i).thenAccept(outcome -> {
                if (outcome.status() == 200) {
                    submitted.incrementAndGet();
                    submittedTotal.incrementAndGet();
                    micros.add(outcome.micros());
                } else {
                    failed.incrementAndGet();
                    failures.merge(outcome.step() + " " + outcome.status(), 1L, Long::sum);
                }
            }).whenComplete((ok, error) -> inFlight.decrementAndGet()));
        }
        Instant to = Instant.now();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        long[] sorted;
        synchronized (micros) {
            sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        return new Result(rate, length, from, to, count, submitted.get(), failed.get(), notSent, sorted, Map.copyOf(failures));
    }

    private record Outcome(String step, int status, long micros) {
    }

    private CompletableFuture<Outcome> oneSubmission(String token, long index) {
        return gateway.post("/api/applications", token, Map.of(
                        "startupName", "Banc " + index,
                        "summary", "Des solvants biosourcés issus des marcs de raisin, pour l'industrie régionale.",
                        "sector", "CHEMISTRY",
                        "stage", "PROTOTYPE",
                        "amountSoughtCents", 15_000_000,
                        "currency", "EUR"))
                .thenCompose(draft -> {
                    if (draft.status() != 201) {
                        return CompletableFuture.completedFuture(new Outcome("draft", draft.status(), 0));
                    }
                    String id = draft.json().path("id").asText();
                    long sent = System.nanoTime();
                    return gateway.post("/api/applications/" + id + "/submit", token, Map.of())
                            .thenApply(answer -> new Outcome("submit", answer.status(), (System.nanoTime() - sent) / 1_000));
                });
    }
}
