package org.pepiniere.notifications.webhooks.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.pepiniere.notifications.webhooks.Attempt;
import org.pepiniere.notifications.webhooks.EndpointGates;

class BreakingEndpointGatesTest {

    private static final Attempt TIMED_OUT = new Attempt(Instant.EPOCH, null, "response timeout", 2_000);
    private static final Attempt ACCEPTED = new Attempt(Instant.EPOCH, 204, null, 5);

    private final BreakingEndpointGates gates = new BreakingEndpointGates(
            new BreakingEndpointGates.GateSettings(4, 50, Duration.ofSeconds(30), 3, 2));

    @Test
    void refusesAttemptsToAnEndpointWhoseAttemptsKeepFailing() {
        for (int i = 0; i < 4; i++) {
            ((EndpointGates.Pass) gates.enter("dead")).completed(TIMED_OUT);
        }

        var entry = gates.enter("dead");

        assertThat(entry).isEqualTo(new EndpointGates.Closed(Duration.ofSeconds(30)));
        assertThat(gates.enter("healthy")).isInstanceOf(EndpointGates.Pass.class);
    }

    @Test
    void keepsAnEndpointOpenWhileItsAttemptsSucceed() {
        for (int i = 0; i < 10; i++) {
            ((EndpointGates.Pass) gates.enter("healthy")).completed(ACCEPTED);
        }

        assertThat(gates.enter("healthy")).isInstanceOf(EndpointGates.Pass.class);
    }

    @Test
    void boundsTheAttemptsInFlightPerEndpointAndOverall() {
        var first = gates.enter("slow");
        gates.enter("slow");

        var thirdToSlow = gates.enter("slow");
        var toOther = gates.enter("other");
        var overLimit = gates.enter("another");
        ((EndpointGates.Pass) first).abandoned();
        ((EndpointGates.Pass) first).abandoned();
        var afterRelease = gates.enter("another");

        assertThat(thirdToSlow).isEqualTo(new EndpointGates.Closed(Duration.ZERO));
        assertThat(toOther).isInstanceOf(EndpointGates.Pass.class);
        assertThat(overLimit).isEqualTo(new EndpointGates.Closed(Duration.ZERO));
        assertThat(afterRelease).isInstanceOf(EndpointGates.Pass.class);
    }
}
