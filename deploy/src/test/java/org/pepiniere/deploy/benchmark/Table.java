package org.pepiniere.deploy.benchmark;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.pepiniere.deploy.Service;

/** The final table, one line per stage, with its ratios to the first baseline stage of the run. */
final class Table {

    private Table() {
    }

    static String of(List<StageReport> stages) {
        StageReport baseline = stages.stream().filter(s -> s.name().startsWith("baseline")).findFirst().orElse(stages.get(0));
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-15s %5s %8s | %8s %8s | %8s %8s %8s | %6s %6s | %4s %4s | %-14s %7s | %-29s %7s | %s%n",
                "stage", "rate", "achieved", "submit50", "submit99", "hook50", "hook99", "hookmax", "x50", "x99",
                "miss", "dup", "lag n/m/f", "backlog", "cores gw/app/men/fun/not/emb", "cpu/sub", "load 1m before/after"));
        for (StageReport s : stages) {
            out.append(String.format("%-15s %5d %8.1f | %8.1f %8.1f | %8.1f %8.1f %8.1f | %6.1f %6.1f | %4d %4d | %-14s %7d | %-29s %7.1f | %s/%s%n",
                    s.name(), s.load().rate(), s.load().achievedRate(), s.submitMillis(50), s.submitMillis(99),
                    s.webhookMillis(50), s.webhookMillis(99), s.webhookMaxMillis(),
                    ratio(s.webhookMillis(50), baseline.webhookMillis(50)), ratio(s.webhookMillis(99), baseline.webhookMillis(99)),
                    s.missing(), s.duplicates(), lags(s.maxLag()), s.maxBacklog(), cores(s.cores()), cpuMillisPerSubmission(s),
                    s.loadBefore().split(" ")[0], s.loadAfter().split(" ")[0]));
        }
        out.append("milliseconds; submit = round trip of POST /submit through the gateway; hook = from the event's occurredAt"
                + " to the verified webhook; x50/x99 = hook p50/p99 divided by the first baseline's; miss = webhooks not"
                + " received after the drain; lag = max records behind per consumer group (notifications/mentoring/funding);"
                + " backlog = max submissions answered but not yet on Kafka; cores = CPU used during the load; cpu/sub = those"
                + " cores over the achieved rate: milliseconds of CPU per submission, the load and the bank's included").append(System.lineSeparator());
        stages.stream().filter(s -> !s.load().failures().isEmpty() || s.load().notSent() > 0).forEach(s -> out.append(String.format(
                "%s %d/s: failed requests %s, arrivals not sent (too many in flight) %d%n", s.name(), s.load().rate(),
                s.load().failures(), s.load().notSent())));
        return out.toString();
    }

    /** Where the CPU went in the busiest stage that kept up: per process, its hungriest thread groups. */
    static String cpuAccount(List<StageReport> stages) {
        StageReport busiest = stages.stream().filter(s -> s.missing() == 0)
                .max((a, b) -> Double.compare(a.load().achievedRate(), b.load().achievedRate())).orElse(stages.get(0));
        StringBuilder out = new StringBuilder(String.format("CPU during %s at %d/s (cores, by process then thread group):%n",
                busiest.name(), busiest.load().rate()));
        busiest.threads().forEach((process, groups) -> out.append(String.format("  %-22s %.2f: %s%n", process,
                busiest.cores().getOrDefault(process, 0.0), groups.stream().limit(8)
                        .map(g -> String.format("%s %.2f", g.getKey(), g.getValue())).collect(Collectors.joining(", ")))));
        return out.toString();
    }

    private static double cpuMillisPerSubmission(StageReport stage) {
        double cores = stage.cores().values().stream().mapToDouble(Double::doubleValue).sum();
        return stage.load().achievedRate() > 0 ? cores * 1000 / stage.load().achievedRate() : Double.NaN;
    }

    private static double ratio(double value, double baseline) {
        return baseline > 0 ? value / baseline : Double.NaN;
    }

    private static String lags(Map<String, Long> lags) {
        return PipelineGauges.GROUPS.stream().map(g -> String.valueOf(lags.getOrDefault(g, 0L))).collect(Collectors.joining("/"));
    }

    private static String cores(Map<String, Double> cores) {
        return List.of(Service.GATEWAY.module(), Service.APPLICATIONS.module(), Service.MENTORING.module(),
                        Service.FUNDING.module(), Service.NOTIFICATIONS.module(), CpuMeter.EMBEDDED).stream()
                .map(name -> String.format("%.2f", cores.getOrDefault(name, 0.0))).collect(Collectors.joining("/"));
    }
}
