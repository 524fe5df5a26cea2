package org.pepiniere.applications.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepiniere.applications.jury.JuryFixture.application;
import static org.pepiniere.applications.jury.JuryFixture.applications;
import static org.pepiniere.applications.jury.JuryFixture.assigned;
import static org.pepiniere.applications.jury.JuryFixture.juror;
import static org.pepiniere.applications.jury.JuryFixture.jurors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class AssigningJurorsTest {

    @Test
    void givesEachApplicationExactlyKJurorsWithinBalancedLoads() {
        var request = AssignmentRequest.of(applications(10), jurors(7), 3);

        var assigned = assigned(request);

        assertThat(assigned.loadRange()).isEqualTo(new LoadRange(4, 5));
        AssignmentRules.assertKept(request, assigned);
    }

    @Test
    void neverAssignsAJurorWithAConflict() {
        var request = crowdedWithConflicts(new Random(7), 40, 12);

        var assigned = assigned(request);

        AssignmentRules.assertKept(request, assigned);
        assertThat(assigned.pairs()).noneMatch(pair -> AssignmentRules.inConflict(
                request.jurors().stream().filter(juror -> juror.id().equals(pair.jurorId())).findFirst().orElseThrow(),
                request.applications().stream().filter(app -> app.id().equals(pair.applicationId())).findFirst().orElseThrow()));
    }

    @Test
    void keepsLoadsWithinTheRangeStaffSet() {
        var request = AssignmentRequest.of(applications(12), jurors(6), 2).withLoadBounds(new LoadBounds.Between(1, 7));

        var assigned = assigned(request);

        AssignmentRules.assertKept(request, assigned);
    }

    @Test
    void acceptsAMaximumLoadFarAboveWhatAnyJurorCanTake() {
        var request = AssignmentRequest.of(applications(12), jurors(6), 2).withLoadBounds(new LoadBounds.Between(0, 1_000_000_000));

        var assigned = assigned(request);

        AssignmentRules.assertKept(request, assigned);
    }

    @Test
    void spreadsLoadsEvenlyWithinAWidenedRangeWhenExpertiseIsEqual() {
        var request = AssignmentRequest.of(applications(12), jurors(6), 2).withLoadBounds(new LoadBounds.Widened(2));

        var assigned = assigned(request);

        assertThat(assigned.loadRange()).isEqualTo(new LoadRange(2, 6));
        assertThat(assigned.loads()).allMatch(load -> load.load() == 4);
    }

    @Test
    void prefersJurorsWhoseExpertiseMatchesTheNeeds() {
        var request = AssignmentRequest.of(
                List.of(application("biotech", Set.of("biology", "regulation")), application("fintech", Set.of("finance"))),
                List.of(juror("banker", Set.of("Finance")), juror("biologist", Set.of("biology", "regulation"))), 1);

        var assigned = assigned(request);

        assertThat(assigned.of("biotech")).extracting(AssignedPair::jurorId).containsExactly("biologist");
        assertThat(assigned.of("fintech")).extracting(AssignedPair::jurorId).containsExactly("banker");
    }

    @Test
    void keepsPinnedPairsEvenAgainstExpertise() {
        var request = AssignmentRequest.of(
                List.of(application("biotech", Set.of("biology")), application("fintech", Set.of("finance"))),
                List.of(juror("banker", Set.of("finance")), juror("biologist", Set.of("biology"))), 1)
                .withPairs(Set.of(new Pair("biotech", "banker")), Set.of(), Set.of());

        var assigned = assigned(request);

        assertThat(assigned.of("biotech")).extracting(AssignedPair::jurorId, AssignedPair::origin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("banker", PairOrigin.PINNED));
        AssignmentRules.assertKept(request, assigned);
    }

    @Test
    void neverAssignsAForbiddenPair() {
        var request = AssignmentRequest.of(List.of(application("biotech", Set.of("biology"))),
                List.of(juror("banker", Set.of("finance")), juror("biologist", Set.of("biology"))), 1)
                .withLoadBounds(new LoadBounds.Between(0, 1))
                .withPairs(Set.of(), Set.of(new Pair("biotech", "biologist")), Set.of());

        var assigned = assigned(request);

        assertThat(assigned.of("biotech")).extracting(AssignedPair::jurorId).containsExactly("banker");
    }

    @Test
    void neverMovesALockedPairOnARerun() {
        var random = new Random(11);
        var first = crowdedWithConflicts(random, 30, 10);
        var scored = new HashSet<Pair>();
        assigned(first).pairs().stream().filter(pair -> random.nextInt(3) == 0).forEach(pair -> scored.add(pair.pair()));
        var betterJurors = new ArrayList<>(first.jurors());
        betterJurors.add(juror("newcomer", Set.of("ai", "biology", "finance", "energy", "health", "retail")));

        var rerun = new AssignmentRequest(first.applications(), betterJurors, 3, new LoadBounds.Widened(1),
                Set.of(), Set.of(), scored, CostModel.DEFAULT);
        var assigned = assigned(rerun);

        assertThat(scored).isNotEmpty();
        assertThat(assigned.pairs().stream().filter(pair -> pair.origin() == PairOrigin.LOCKED).map(AssignedPair::pair)
                .collect(Collectors.toSet())).isEqualTo(scored);
        AssignmentRules.assertKept(rerun, assigned);
    }

    @Test
    void countsForcedPairsInTheJurorsLoad() {
        var request = AssignmentRequest.of(applications(4), jurors(2), 1)
                .withPairs(Set.of(new Pair("app-1", "juror-1"), new Pair("app-2", "juror-1")), Set.of(), Set.of());

        var assigned = assigned(request);

        assertThat(assigned.loads()).extracting(JurorLoad::jurorId, JurorLoad::load, JurorLoad::forced).containsExactly(
                org.assertj.core.groups.Tuple.tuple("juror-1", 2, 2), org.assertj.core.groups.Tuple.tuple("juror-2", 2, 0));
    }

    static AssignmentRequest crowdedWithConflicts(Random random, int applicationCount, int jurorCount) {
        var tags = List.of("ai", "biology", "finance", "energy", "health", "retail");
        var schools = List.of("École Polytechnique", "ecole  polytechnique", "Inria", "INRIA", "Sorbonne");
        var applications = new ArrayList<ApplicationToReview>();
        for (int a = 0; a < applicationCount; a++) {
            applications.add(application("app-" + a, Set.of(tags.get(random.nextInt(tags.size()))),
                    schools.get(random.nextInt(schools.size()))));
        }
        var jurors = new ArrayList<Juror>();
        for (int j = 0; j < jurorCount; j++) {
            var conflicts = new HashSet<String>();
            applications.stream().filter(app -> random.nextInt(10) == 0).forEach(app -> conflicts.add(app.id()));
            jurors.add(new Juror("juror-" + j, Set.of(tags.get(random.nextInt(tags.size()))),
                    random.nextInt(4) == 0 ? schools.get(random.nextInt(schools.size())) : null, conflicts,
                    random.nextInt(8) == 0 ? Set.of(schools.get(random.nextInt(schools.size()))) : Set.of()));
        }
        return AssignmentRequest.of(applications, jurors, 3);
    }
}
