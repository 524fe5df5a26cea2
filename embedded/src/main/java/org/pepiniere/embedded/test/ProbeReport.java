package org.pepiniere.embedded.test;

import java.util.List;

/** What an {@link ApiProbe} walk sent to a service and what it found wrong. */
public record ProbeReport(String service, int operations, int requests, List<String> failures) {

    public ProbeReport {
        failures = List.copyOf(failures);
    }

    public String summary() {
        return service + ": " + requests + " requests with bad input to " + operations + " operations, "
                + failures.size() + " wrong answer(s)";
    }

    /** Fails with every wrong answer listed (the first hundred) when there is any. */
    public ProbeReport assertClean() {
        if (!failures.isEmpty()) {
            throw new AssertionError(summary() + ":\n  " + String.join("\n  ", failures.stream().limit(100).toList()));
        }
        return this;
    }
}
