package org.pepiniere.notifications.retry;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The waits between attempts: after the n-th failure the next attempt comes {@code delays[n-1]}
 * later, and after the last delay has been used the delivery is given up.
 */
public record RetrySchedule(List<Duration> delays) {

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (delays.isEmpty() || delays.stream().anyMatch(delay -> delay.isNegative() || delay.isZero())) {
            throw new IllegalArgumentException("A retry schedule needs at least one positive delay: " + delays);
        }
    }

    public static RetrySchedule of(Duration... delays) {
        return new RetrySchedule(List.of(delays));
    }

    /** The wait after {@code failedAttempts} failures, or empty when no attempt is left. */
    public Optional<Duration> after(int failedAttempts) {
        if (failedAttempts < 1 || failedAttempts > delays.size()) {
            return Optional.empty();
        }
        return Optional.of(delays.get(failedAttempts - 1));
    }

    public int maxAttempts() {
        return delays.size() + 1;
    }
}
