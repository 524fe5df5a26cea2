package org.pepiniere.deploy.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own {@code org.apache.kafka.tools.EndToEndLatency} (from {@code kafka-tools}) on the stack's broker,
 * in a JVM of its own as {@code kafka-e2e-latency.sh} would run it: one record at a time, produced with
 * {@code acks=all} and consumed, for the floor under the pipeline's latency. It prints whole milliseconds.
 */
final class KafkaEndToEndLatency {

    /** What the tool printed; {@code -1} where it printed nothing readable. */
    record Result(double averageMillis, long p50Millis, long p99Millis, long p999Millis, String output) {
    }

    private static final Pattern AVERAGE = Pattern.compile("Avg latency: ([0-9.]+) ms");
    private static final Pattern PERCENTILES = Pattern.compile("Percentiles: 50th = (\\d+), 99th = (\\d+), 99.9th = (\\d+)");

    private KafkaEndToEndLatency() {
    }

    static Result run(String bootstrapServers, int records) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.apache.kafka.tools.EndToEndLatency",
                bootstrapServers, "benchmark.end-to-end-latency", String.valueOf(records), "all", "200");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(5, TimeUnit.MINUTES);
            Matcher average = AVERAGE.matcher(output);
            Matcher percentiles = PERCENTILES.matcher(output);
            boolean found = percentiles.find();
            return new Result(average.find() ? Double.parseDouble(average.group(1)) : -1,
                    found ? Long.parseLong(percentiles.group(1)) : -1, found ? Long.parseLong(percentiles.group(2)) : -1,
                    found ? Long.parseLong(percentiles.group(3)) : -1, output);
        } catch (IOException e) {
            return new Result(-1, -1, -1, -1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, -1, -1, -1, e.toString());
        }
    }
}
