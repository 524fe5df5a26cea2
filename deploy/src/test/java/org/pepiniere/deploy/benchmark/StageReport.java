package org.pepiniere.deploy.benchmark;

import java.util.List;
import java.util.Map;

/**
 * One stage's figures. Latencies in microseconds, sorted; webhook latency runs from the event's
 * {@code occurredAt} (set by applications when it accepts the submission) to the end of the bank's
 * signature check.
 */
record StageReport(String name, OpenLoopLoad.Result load, long[] webhookMicros, long missing, long duplicates,
        Map<String, Long> maxLag, long maxBacklog, Map<String, Double> cores,
        Map<String, List<Map.Entry<String, Double>>> threads, String loadBefore, String loadAfter, long drainMillis) {

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    double submitMillis(double p) {
        return percentile(load.submitMicros(), p) / 1000.0;
    }

    double webhookMillis(double p) {
        return percentile(webhookMicros, p) / 1000.0;
    }

    double webhookMaxMillis() {
        return webhookMicros.length == 0 ? -1 : webhookMicros[webhookMicros.length - 1] / 1000.0;
    }
}
