package org.pepiniere.deploy.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * What the least request costs: founders reading one of their applications by id through the gateway, closed
 * loop (each answer sends the next read), as fast as the stack answers. A submission makes two such requests
 * (its draft and its submission), then three consumers, a queued delivery and a webhook do their part: the CPU
 * of one read, against that of one submission, says how much of the submission is the cost of any request.
 */
final class RequestFloor {

    /** What the reads did, and the cores each process used meanwhile. */
    record Result(int inFlight, Duration length, long answered, long failed, long[] micros, Map<String, Double> cores) {

        double rate() {
            return answered / (length.toMillis() / 1000.0);
        }

        String summary() {
            double total = cores.values().stream().mapToDouble(Double::doubleValue).sum();
            String perProcess = cores.entrySet().stream()
                    .map(process -> String.format("%s %.2f", process.getKey(), process.getValue() * 1000 / rate()))
                    .collect(Collectors.joining(", "));
            return String.format("the least request: an authenticated GET /api/applications/{id} through the gateway,"
                            + " %d in flight for %d s: %.0f a second (%d failed), p50 %.1f ms, p99 %.1f ms; CPU per read"
                            + " %.2f ms (%s), %.2f cores in all", inFlight, length.toSeconds(), rate(), failed,
                    StageReport.percentile(micros, 50) / 1000.0, StageReport.percentile(micros, 99) / 1000.0,
                    total * 1000 / rate(), perProcess, total);
        }
    }

    private RequestFloor() {
    }

    static Result run(Gateway gateway, Founders founders, CpuMeter cpu, int inFlight, Duration length) {
        List<String[]> reads = new ArrayList<>();
        for (int i = 0; i < inFlight; i++) {
            String token = founders.nextToken();
            Gateway.Answer draft = gateway.postNow("/api/applications", token, Map.of(
                    "startupName", "Lecture " + i,
                    "summary", "Une application lue encore et encore, pour mesurer ce que coûte une requête.",
                    "sector", "CHEMISTRY",
                    "stage", "IDEA",
                    "amountSoughtCents", 5_000_000,
                    "currency", "EUR"));
            if (draft.status() != 201) {
                throw new IllegalStateException("draft answered " + draft.status() + ": " + draft.body());
            }
            reads.add(new String[] {token, "/api/applications/" + draft.json().path("id").asText()});
        }
        AtomicLong answered = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        CpuMeter.Reading before = cpu.read();
        java.time.Instant from = java.time.Instant.now();
        long deadline = System.nanoTime() + length.toNanos();
        List<CompletableFuture<Void>> loops = reads.stream()
                .map(read -> readUntil(gateway, read[0], read[1], deadline, answered, failed, micros)).toList();
        CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).join();
        CpuMeter.Reading after = cpu.read();
        // to cut a profile to these reads
        System.out.printf("least request: reads from %s to %s%n", from, java.time.Instant.now());
        long[] sorted;
        synchronized (micros) {
            sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        Duration measured = Duration.ofNanos(after.nanoTime() - before.nanoTime());
        return new Result(inFlight, measured, answered.get(), failed.get(), sorted, after.coresSince(before));
    }

    private static CompletableFuture<Void> readUntil(Gateway gateway, String token, String path, long deadline,
            AtomicLong answered, AtomicLong failed, List<Long> micros) {
        if (System.nanoTime() >= deadline) {
            return CompletableFuture.completedFuture(null);
        }
        long sent = System.nanoTime();
        return gateway.get(path, token).thenCompose(answer -> {
            if (answer.status() == 200) {
                answered.incrementAndGet();
                micros.add((System.nanoTime() - sent) / 1_000);
            } else {
                failed.incrementAndGet();
            }
            return readUntil(gateway, token, path, deadline, answered, failed, micros);
        });
    }
}
