package org.pepiniere.deploy.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load averages (1, 5, 15 min), from {@code /proc/loadavg}: other work on the cores shows here. */
final class LoadAverage {

    private LoadAverage() {
    }

    static String now() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** The 1-minute load average, or -1 when unknown. */
    static double oneMinute() {
        try {
            return Double.parseDouble(now().split(" ")[0]);
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
