package org.pepiniere.deploy.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.pepiniere.deploy.Service;

/**
 * CPU time per process of the stack, and per group of threads inside each, read from {@code /proc} (Linux):
 * the benchmark's own JVM holds Kafka, the MongoDB-wire server and SMTP as the launcher's JVM does, so its
 * thread groups tell them apart. Elsewhere than Linux it reads nothing.
 */
final class CpuMeter {

    static final String EMBEDDED = "embedded+bench";
    private static final double TICKS_PER_SECOND = 100.0;

    /** CPU seconds by process, and by process then thread group, at one instant. */
    record Reading(long nanoTime, Map<String, Double> processes, Map<String, Map<String, Double>> threads) {

        /** Cores used on average between {@code earlier} and this reading. */
        Map<String, Double> coresSince(Reading earlier) {
            double seconds = (nanoTime - earlier.nanoTime) / 1e9;
            Map<String, Double> cores = new LinkedHashMap<>();
            processes.forEach((name, cpu) -> cores.put(name, (cpu - earlier.processes.getOrDefault(name, 0.0)) / seconds));
            return cores;
        }

        /** For each process, its thread groups by cores used since {@code earlier}, most first. */
        Map<String, List<Map.Entry<String, Double>>> threadCoresSince(Reading earlier) {
            double seconds = (nanoTime - earlier.nanoTime) / 1e9;
            Map<String, List<Map.Entry<String, Double>>> result = new LinkedHashMap<>();
            threads.forEach((process, groups) -> {
                Map<String, Double> before = earlier.threads.getOrDefault(process, Map.of());
                result.put(process, groups.entrySet().stream()
                        .map(g -> Map.entry(g.getKey(), (g.getValue() - before.getOrDefault(g.getKey(), 0.0)) / seconds))
                        .filter(g -> g.getValue() > 0.005)
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList());
            });
            return result;
        }
    }

    private final Map<String, Long> pids;

    private CpuMeter(Map<String, Long> pids) {
        this.pids = pids;
    }

    /** The benchmark's JVM and the service JVMs it started, found by their runnable jar. */
    static CpuMeter ofThisStack() {
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put(EMBEDDED, ProcessHandle.current().pid());
        ProcessHandle.current().children().forEach(child -> {
            String command = child.info().commandLine().orElse("");
            for (Service service : Service.values()) {
                if (command.contains("/" + service.module() + "-")) {
                    pids.put(service.module(), child.pid());
                }
            }
        });
        return new CpuMeter(pids);
    }

    Map<String, Long> pids() {
        return pids;
    }

    Reading read() {
        Map<String, Double> processes = new LinkedHashMap<>();
        Map<String, Map<String, Double>> threads = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            processes.put(name, ticks(Path.of("/proc", pid.toString(), "stat")) / TICKS_PER_SECOND);
            threads.put(name, threadGroups(pid));
        });
        return new Reading(System.nanoTime(), processes, threads);
    }

    private static Map<String, Double> threadGroups(long pid) {
        Map<String, Double> groups = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String comm = Files.readString(task.resolve("comm")).trim().replaceAll("\\d+", "#");
                    groups.merge(comm, ticks(task.resolve("stat")) / TICKS_PER_SECOND, Double::sum);
                } catch (IOException e) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException e) {
            // not Linux, or the process ended
        }
        return groups;
    }

    /** utime + stime, the 14th and 15th fields, counted after the command name in parentheses. */
    private static long ticks(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
