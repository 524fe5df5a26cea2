package org.pepiniere.deploy.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.deploy.Stack;
import org.pepiniere.deploy.StackConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The submission pipeline under load, on the whole stack started as the launcher starts it: founders
 * submit through the gateway at fixed rates (open loop), and every submission must end in a webhook that
 * the bank verifies with the Standard Webhooks reference library. Prints, in one run: a baseline at a
 * gentle rate, the latency at 50 a second next to Kafka's own EndToEndLatency on the same broker, the
 * sustained throughput at increasing rates, then the same with a long history stored. Timings are
 * reported, never asserted: only a lost webhook fails the run.
 *
 * <p>Run with {@code ./mvnw -B -Pbenchmark -pl deploy -am verify}; {@code -Dbenchmark.quick=true} for
 * short stages. The report also goes to {@code deploy/target/benchmark/}.
 */
class PipelineBenchmark {

    private static final String DEMO_PASSWORD = "demo-pepiniere";

    /** Reads in flight when measuring the least request: enough to keep both cores busy. */
    private static final int FLOOR_IN_FLIGHT = 16;

    private final BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
    private final List<StageReport> stages = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final StringBuilder timelines = new StringBuilder();
    private VerifyingBank bank;
    private OpenLoopLoad load;
    private PipelineGauges gauges;
    private CpuMeter cpu;

    @Test
    void submissionsBecomeVerifiedWebhooks() throws IOException {
        Path root = Path.of(System.getProperty("pepiniere.root", "..")).toAbsolutePath().normalize();
        Path dataDir = Files.createTempDirectory("pepiniere-benchmark-");
        note("settings: " + settings);
        note("load average at the start: " + LoadAverage.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores");
        StackConfig config = StackConfig.freePorts(root, dataDir).withJvmOptions(settings.serviceJvmOptions());
        firstStart(config);
        try (Stack stack = Stack.start(config);
             VerifyingBank verifyingBank = VerifyingBank.start();
             Gateway gateway = new Gateway(stack.gatewayUrl())) {
            note("the whole stack was ready again in " + stack.startTime().toMillis() + " ms (load " + LoadAverage.now() + ")");
            bank = verifyingBank;
            String bankToken = gateway.login("banque@pepiniere.demo", DEMO_PASSWORD);
            Gateway.Answer endpoint = gateway.postNow("/api/webhooks/endpoints", bankToken, Map.of(
                    "url", bank.url(), "eventTypes", List.of(EventTypes.APPLICATION_SUBMITTED),
                    "description", "Banc d'essai", "secret", bank.secret()));
            assertThat(endpoint.status()).as(endpoint.body()).isEqualTo(201);
            long registering = System.nanoTime();
            Founders founders = Founders.register(gateway, settings.founders());
            note(founders.size() + " founders registered and logged in in " + millisSince(registering) + " ms");
            load = new OpenLoopLoad(gateway, founders);
            cpu = CpuMeter.ofThisStack();
            note("processes: " + cpu.pids());
            String bootstrap = stack.infrastructure().kafka().bootstrapServers();
            try (PipelineGauges pipelineGauges = new PipelineGauges(bootstrap, load::submittedTotal)) {
                gauges = pipelineGauges;
                stage("warm-up", settings.latencyRate(), settings.warmUp());
                stages.clear();
                note(RequestFloor.run(gateway, founders, cpu, FLOOR_IN_FLIGHT, settings.stage()).summary());
                runAll("", bootstrap);
                if (settings.history() > 0) {
                    Duration seeding = History.seed(stack.infrastructure().mongo().connectionString(), settings.history());
                    note(String.format("seeded %,d past applications (with their emails, notifications and deliveries:"
                            + " %,d documents) in %d s", settings.history(), settings.history() * 4L, seeding.toSeconds()));
                    runAll(String.format(" +%dk", settings.history() / 1000), bootstrap);
                }
                long missingAtTheEnd = finalDrain();
                note("webhooks missing at the end of the run: " + missingAtTheEnd + ", duplicates: " + bank.duplicates()
                        + ", refused signatures: " + bank.refused());
                print();
                assertThat(missingAtTheEnd).as("submissions whose webhook never came").isZero();
                assertThat(bank.refused()).as("webhooks whose signature did not verify").isZero();
            }
        } finally {
            deleteQuietly(dataDir);
        }
    }

    /**
     * The first start, as on a fresh clone, then the time the launcher takes to build the class data
     * sharing archives in the background; the stages run on the second start, as a person's next one.
     */
    private void firstStart(StackConfig config) {
        try (Stack first = Stack.start(config)) {
            note("the whole stack was ready on its first start in " + first.startTime().toMillis() + " ms (load "
                    + LoadAverage.now() + ")");
            long training = System.nanoTime();
            try {
                first.classDataSharingArchives().get(10, TimeUnit.MINUTES);
                note("class data sharing archives built in the background in " + millisSince(training) + " ms");
            } catch (Exception e) {
                note("no class data sharing archives: " + e);
            }
        }
    }

    /** Baseline, latency stage with Kafka's tool, then the ramp until a stage cannot keep up. */
    private void runAll(String suffix, String bootstrap) {
        stage("baseline" + suffix, settings.baselineRate(), settings.latencyStage());
        stage("latency" + suffix, settings.latencyRate(), settings.latencyStage());
        KafkaEndToEndLatency.Result kafka = KafkaEndToEndLatency.run(bootstrap, settings.kafkaRecords());
        note(String.format("Kafka EndToEndLatency%s (%d records, acks=all, 200 B, one at a time): avg %.2f ms, p50 %d ms,"
                + " p99 %d ms, p99.9 %d ms", suffix, settings.kafkaRecords(), kafka.averageMillis(), kafka.p50Millis(),
                kafka.p99Millis(), kafka.p999Millis()));
        if (kafka.p50Millis() < 0) {
            note("EndToEndLatency printed: " + kafka.output());
        }
        for (int rate : settings.rates()) {
            StageReport report = stage("ramp" + suffix, rate, settings.stage());
            if (report.missing() > 0) {
                note("ramp" + suffix + " stopped after " + rate + "/s: " + report.missing()
                        + " webhooks had not arrived after the drain");
                break;
            }
        }
    }

    private StageReport stage(String name, int rate, Duration length) {
        gauges.reset();
        String loadBefore = LoadAverage.now();
        CpuMeter.Reading before = cpu.read();
        OpenLoopLoad.Result result = load.run(rate, length);
        CpuMeter.Reading after = cpu.read();
        String loadAfter = LoadAverage.now();
        long drainStart = System.nanoTime();
        long deadline = drainStart + settings.drain().toNanos();
        List<VerifyingBank.Arrival> arrivals = bank.between(result.from(), Instant.now());
        while (distinct(arrivals) < result.submitted() && System.nanoTime() < deadline) {
            park(Duration.ofMillis(200));
            arrivals = bank.between(result.from(), Instant.now());
        }
        long drainMillis = millisSince(drainStart);
        long[] latencies = arrivals.stream().mapToLong(VerifyingBank.Arrival::latencyMicros).sorted().toArray();
        long unique = distinct(arrivals);
        StageReport report = new StageReport(name, result, latencies, Math.max(0, result.submitted() - unique),
                arrivals.size() - unique, gauges.maxLag(), gauges.maxBacklog(), after.coresSince(before),
                after.threadCoresSince(before), loadBefore, loadAfter, drainMillis);
        stages.add(report);
        timelines.append(name).append(' ').append(rate).append("/s").append(System.lineSeparator()).append(gauges.timeline());
        System.out.printf("%s at %d/s: %s%n", name, rate, row(report));
        return report;
    }

    /** Waits for every submission of the whole run to have its webhook; how many never came. */
    private long finalDrain() {
        long deadline = System.nanoTime() + settings.drain().toNanos() * 2;
        Instant origin = Instant.EPOCH;
        while (distinct(bank.between(origin, Instant.now())) < load.submittedTotal() && System.nanoTime() < deadline) {
            park(Duration.ofMillis(500));
        }
        return Math.max(0, load.submittedTotal() - distinct(bank.between(origin, Instant.now())));
    }

    private static long distinct(List<VerifyingBank.Arrival> arrivals) {
        Set<String> refs = new HashSet<>();
        arrivals.forEach(arrival -> refs.add(arrival.startupRef()));
        return refs.size();
    }

    private void print() throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(System.lineSeparator()).append("=== Pipeline benchmark: submissions through the gateway to verified webhooks ===")
                .append(System.lineSeparator());
        notes.forEach(note -> out.append("- ").append(note).append(System.lineSeparator()));
        out.append(System.lineSeparator()).append(Table.of(stages)).append(System.lineSeparator());
        out.append(Table.cpuAccount(stages)).append(System.lineSeparator());
        System.out.print(out);
        Path dir = Path.of("target", "benchmark");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.txt"), out, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("timeline.txt"), timelines, StandardCharsets.UTF_8);
    }

    private String row(StageReport report) {
        return String.format("achieved %.1f/s, submit p50 %.1f ms p99 %.1f ms, webhook p50 %.1f ms p99 %.1f ms max %.1f ms,"
                        + " missing %d, max lag %s, max backlog %d, load %s -> %s, failures %s",
                report.load().achievedRate(), report.submitMillis(50), report.submitMillis(99), report.webhookMillis(50),
                report.webhookMillis(99), report.webhookMaxMillis(), report.missing(), report.maxLag(), report.maxBacklog(),
                report.loadBefore(), report.loadAfter(), report.load().failures());
    }

    private void note(String note) {
        notes.add(note);
        System.out.println(note);
    }

    private static long millisSince(long nanoTime) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanoTime);
    }

    private static void park(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            System.out.println("could not delete " + dir + ": " + e);
        }
    }
}
