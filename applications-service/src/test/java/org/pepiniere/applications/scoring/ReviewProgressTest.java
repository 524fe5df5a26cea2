package org.pepiniere.applications.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ReviewProgressTest {

    @Test
    void completesWhenEveryAssignedJurorHasScored() {
        var progress = new ReviewProgress("app", "inc", "call", Set.of("a", "b"), false);

        assertThat(progress.completedBy(Set.of("a", "b"), 2)).isTrue();
    }

    @Test
    void waitsForAJurorWhoHasNotScored() {
        var progress = new ReviewProgress("app", "inc", "call", Set.of("a"), false);

        assertThat(progress.completedBy(Set.of("a", "b"), 2)).isFalse();
    }

    @Test
    void waitsWhileALateConflictLeavesTheApplicationShortOfJurors() {
        var progress = new ReviewProgress("app", "inc", "call", Set.of("a"), false);

        assertThat(progress.completedBy(Set.of("a"), 2)).isFalse();
    }

    @Test
    void neverCompletesTwice() {
        var progress = new ReviewProgress("app", "inc", "call", Set.of("a", "b"), true);

        assertThat(progress.completedBy(Set.of("a", "b"), 2)).isFalse();
    }
}
