package org.pepiniere.gateway.identity.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.pepiniere.gateway.identity.limits.AttemptLimits.Kind;
import org.pepiniere.gateway.identity.limits.AttemptLimits.Limit;

class AttemptLimitsTest {

    private final AttemptLimits limits = new AttemptLimits(Map.of(
            Kind.LOGIN_BY_ACCOUNT, new Limit(3, Duration.ofMinutes(1)),
            Kind.LOGIN_BY_ADDRESS, new Limit(0, Duration.ofMinutes(1))), 1_000);

    @Test
    void allowsTheAttemptsOfAPeriodThenSaysHowLongToWait() {
        IntStream.range(0, 3).forEach(i -> assertThat(limits.attempt(Kind.LOGIN_BY_ACCOUNT, "ada@example.org")).isEmpty());

        var refused = limits.attempt(Kind.LOGIN_BY_ACCOUNT, "ada@example.org");

        assertThat(refused).hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
    }

    @Test
    void countsEachKeyApart() {
        IntStream.range(0, 3).forEach(i -> limits.attempt(Kind.LOGIN_BY_ACCOUNT, "ada@example.org"));

        assertThat(limits.attempt(Kind.LOGIN_BY_ACCOUNT, "grace@example.org")).isEmpty();
    }

    @Test
    void letsEverythingThroughForALimitOfZeroOrNone() {
        IntStream.range(0, 100).forEach(i -> {
            assertThat(limits.attempt(Kind.LOGIN_BY_ADDRESS, "127.0.0.1")).isEmpty();
            assertThat(limits.attempt(Kind.REGISTRATION_BY_ADDRESS, "127.0.0.1")).isEmpty();
        });
    }
}
