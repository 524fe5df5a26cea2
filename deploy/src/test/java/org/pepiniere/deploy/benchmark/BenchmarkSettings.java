package org.pepiniere.deploy.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.pepiniere.deploy.StackConfig;

/**
 * What the benchmark does, from {@code -Dbenchmark.*} system properties (Maven passes its {@code -D}s on).
 * {@code benchmark.quick=true} shortens every stage to a few seconds, for a first look.
 *
 * @param rates            the open-loop rates of the throughput ramp, submissions a second
 * @param stage            how long each stage of the ramp lasts
 * @param latencyRate      the rate of the latency stage, compared with Kafka's EndToEndLatency
 * @param latencyStage     how long the latency stage lasts
 * @param baselineRate     the gentle rate every other figure is divided by
 * @param warmUp           how long the warm-up runs before any figure is kept (at {@code latencyRate})
 * @param drain            how long a stage may wait after its last submission for the last webhooks
 * @param founders         how many founders submit, in turn
 * @param history          how many past applications, emails, notifications and deliveries are seeded
 * @param kafkaRecords     how many records Kafka's EndToEndLatency sends, one at a time
 * @param serviceJvmOptions the JVM options of every service (the launcher's defaults unless given)
 */
record BenchmarkSettings(List<Integer> rates, Duration stage, int latencyRate, Duration latencyStage, int baselineRate,
        Duration warmUp, Duration drain, int founders, int history, int kafkaRecords, List<String> serviceJvmOptions) {

    static BenchmarkSettings fromSystemProperties() {
        boolean quick = Boolean.getBoolean("benchmark.quick");
        List<String> jvm = new ArrayList<>(System.getProperty("benchmark.jvm-options") == null
                ? StackConfig.DEFAULT_JVM_OPTIONS : words(System.getProperty("benchmark.jvm-options")));
        // registration and login limits are for people, not for a benchmark that registers its founders at once
        jvm.addAll(words(System.getProperty("benchmark.extra-jvm-options",
                "-Dpepiniere.identity.rate-limits.enabled=false")));
        return new BenchmarkSettings(
                Arrays.stream(System.getProperty("benchmark.rates", quick ? "50,100,150" : "50,100,150,200,300").split(","))
                        .map(String::trim).map(Integer::valueOf).toList(),
                seconds("benchmark.stage-seconds", quick ? 10 : 60),
                Integer.getInteger("benchmark.latency-rate", 50),
                seconds("benchmark.latency-seconds", quick ? 15 : 60),
                Integer.getInteger("benchmark.baseline-rate", 5),
                seconds("benchmark.warm-up-seconds", quick ? 15 : 60),
                seconds("benchmark.drain-seconds", quick ? 30 : 90),
                Integer.getInteger("benchmark.founders", quick ? 50 : 200),
                Integer.getInteger("benchmark.history", 100_000),
                Integer.getInteger("benchmark.kafka-records", quick ? 1_000 : 5_000),
                List.copyOf(jvm));
    }

    private static Duration seconds(String property, int orElse) {
        return Duration.ofSeconds(Integer.getInteger(property, orElse));
    }

    private static List<String> words(String value) {
        return Arrays.stream(value.trim().split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }
}
