package org.pepiniere.applications.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepiniere.applications.jury.JuryFixture.application;
import static org.pepiniere.applications.jury.JuryFixture.applications;
import static org.pepiniere.applications.jury.JuryFixture.juror;
import static org.pepiniere.applications.jury.JuryFixture.jurorInConflictWith;
import static org.pepiniere.applications.jury.JuryFixture.jurors;
import static org.pepiniere.applications.jury.JuryFixture.obstacles;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InfeasibleAssignmentsTest {

    @Test
    void namesEachApplicationWithTooFewJurorsWithoutConflictAndWhatRemovedTheOthers() {
        var request = AssignmentRequest.of(applications(3),
                List.of(jurorInConflictWith("a", "app-2"), jurorInConflictWith("b", "app-2", "app-3"), juror("c"), juror("d")), 3)
                .withLoadBounds(new LoadBounds.Between(0, 3))
                .withPairs(Set.of(), Set.of(new Pair("app-2", "c")), Set.of());

        var obstacles = obstacles(request);

        assertThat(obstacles).containsExactly(
                new Obstacle.NotEnoughAllowedJurors("app-2", 3, 1, 2, 1, List.of(
                        new ExcludedJuror("a", Exclusion.CONFLICT_DECLARED_WITH_APPLICATION),
                        new ExcludedJuror("b", Exclusion.CONFLICT_DECLARED_WITH_APPLICATION),
                        new ExcludedJuror("c", Exclusion.FORBIDDEN_BY_STAFF))));
    }

    @Test
    void saysWhenTheJurorsMaximumLoadsCannotCoverTheReviews() {
        var request = AssignmentRequest.of(applications(5), jurors(4), 2).withLoadBounds(new LoadBounds.Between(0, 2));

        var obstacles = obstacles(request);

        assertThat(obstacles).containsExactly(new Obstacle.CapacityTooSmall(10, 8, 4, 2));
    }

    @Test
    void saysWhenTheJurorsMinimumLoadsExceedTheReviews() {
        var request = AssignmentRequest.of(applications(2), jurors(4), 2).withLoadBounds(new LoadBounds.Between(2, 3));

        var obstacles = obstacles(request);

        assertThat(obstacles).containsExactly(new Obstacle.MinimumLoadsTooLarge(4, 8, 4, 2));
    }

    @Test
    void namesAJurorWhoMayReviewFewerApplicationsThanTheMinimum() {
        var request = AssignmentRequest.of(applications(2), List.of(juror("a"), juror("b"), jurorInConflictWith("c", "app-1")), 3)
                .withLoadBounds(new LoadBounds.Between(2, 2));

        var obstacles = obstacles(request);

        assertThat(obstacles).contains(new Obstacle.JurorCannotReachMinimum("c", 1, 2));
    }

    @Test
    void refusesAPinnedPairInConflict() {
        var request = AssignmentRequest.of(applications(1), List.of(jurorInConflictWith("a", "app-1"), juror("b"), juror("c")), 1)
                .withLoadBounds(new LoadBounds.Between(0, 1))
                .withPairs(Set.of(new Pair("app-1", "a")), Set.of(), Set.of());

        var obstacles = obstacles(request);

        assertThat(obstacles).containsExactly(new Obstacle.ForcedPairExcluded(new Pair("app-1", "a"), PairOrigin.PINNED,
                Exclusion.CONFLICT_DECLARED_WITH_APPLICATION));
    }

    @Test
    void refusesALockedPairStaffNowForbid() {
        var request = AssignmentRequest.of(applications(1), jurors(3), 1).withLoadBounds(new LoadBounds.Between(0, 1))
                .withPairs(Set.of(), Set.of(new Pair("app-1", "juror-1")), Set.of(new Pair("app-1", "juror-1")));

        var obstacles = obstacles(request);

        assertThat(obstacles).containsExactly(new Obstacle.ForcedPairExcluded(new Pair("app-1", "juror-1"), PairOrigin.LOCKED,
                Exclusion.FORBIDDEN_BY_STAFF));
    }

    @Test
    void refusesMoreForcedPairsThanAnApplicationOrAJurorTakes() {
        var request = AssignmentRequest.of(applications(2), jurors(3), 1).withLoadBounds(new LoadBounds.Between(0, 1))
                .withPairs(Set.of(new Pair("app-1", "juror-1"), new Pair("app-1", "juror-2"), new Pair("app-2", "juror-1")),
                        Set.of(), Set.of());

        var obstacles = obstacles(request);

        assertThat(obstacles).containsExactlyInAnyOrder(new Obstacle.TooManyForcedJurors("app-1", 2, 1),
                new Obstacle.TooManyForcedApplications("juror-1", 2, 1));
    }

    @Test
    void namesTheApplicationsTheFlowLeavesShortWhenEveryCountLooksFine() {
        var request = AssignmentRequest.of(
                List.of(application("a"), application("b"), application("c"), application("d")),
                List.of(juror("x"), juror("y"), jurorInConflictWith("z", "a", "b", "c"), jurorInConflictWith("w", "a", "b", "c")), 2)
                .withLoadBounds(new LoadBounds.Between(0, 2));

        var obstacles = obstacles(request);

        assertThat(obstacles).allSatisfy(obstacle -> assertThat(obstacle).isInstanceOf(Obstacle.ApplicationUnderfilled.class));
        var underfilled = obstacles.stream().map(Obstacle.ApplicationUnderfilled.class::cast).toList();
        assertThat(underfilled).extracting(Obstacle.ApplicationUnderfilled::applicationId).isSubsetOf("a", "b", "c");
        assertThat(underfilled.stream().mapToInt(shortfall -> shortfall.needed() - shortfall.reached()).sum()).isEqualTo(2);
    }

    @Test
    void saysWhenEveryApplicationCanBeServedButNotWithEveryJurorsMinimumLoad() {
        var request = AssignmentRequest.of(applications(3),
                List.of(jurorInConflictWith("x", "app-2", "app-3"), jurorInConflictWith("y", "app-2", "app-3"), juror("z")), 1)
                .withLoadBounds(new LoadBounds.Between(1, 3));

        var obstacles = obstacles(request);

        assertThat(obstacles).containsExactly(new Obstacle.MinimumLoadsUnreachable(3, new LoadRange(1, 3)));
    }

    @Test
    void givesEachObstacleAStableCode() {
        var request = AssignmentRequest.of(applications(5), jurors(4), 2).withLoadBounds(new LoadBounds.Between(0, 2));

        var obstacles = obstacles(request);

        assertThat(obstacles).extracting(Obstacle::code).containsExactly("capacity-too-small");
    }
}
