package org.pepiniere.applications.jury;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunsInProgressTest {

    @Test
    void showsTheCurrentPhaseOfARunUntilItIsDone() {
        var runs = new RunsInProgress();
        var progress = runs.track("incubator", "call-1");

        progress.entered(AssignmentPhase.SOLVING);

        assertThat(runs.of("incubator", "call-1")).contains(AssignmentPhase.SOLVING);
        assertThat(runs.of("another-incubator", "call-1")).isEmpty();
        progress.entered(AssignmentPhase.DONE);
        assertThat(runs.of("incubator", "call-1")).isEmpty();
    }
}
