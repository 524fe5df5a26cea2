package org.pepiniere.notifications.webhooks;

import java.time.Duration;

/**
 * Whether an attempt to an endpoint may start now: a bounded number of attempts in flight overall and
 * per endpoint, and none while the endpoint's circuit is open. A dead endpoint then costs a few
 * workers, never all of them.
 */
public interface EndpointGates {

    Entry enter(String endpointId);

    sealed interface Entry permits Pass, Closed {
    }

    /** An attempt may start; the first call of {@link #completed} or {@link #abandoned} ends it, later calls do nothing. */
    non-sealed interface Pass extends Entry {

        void completed(Attempt attempt);

        void abandoned();
    }

    /** No attempt now; {@code retryIn} is zero when the endpoint is merely busy, longer when its circuit is open. */
    record Closed(Duration retryIn) implements Entry {
    }

    /** Lets every attempt through: for tests that are not about gating. */
    static EndpointGates open() {
        Pass pass = new Pass() {
            @Override
            public void completed(Attempt attempt) {
            }

            @Override
            public void abandoned() {
            }
        };
        return endpointId -> pass;
    }
}
