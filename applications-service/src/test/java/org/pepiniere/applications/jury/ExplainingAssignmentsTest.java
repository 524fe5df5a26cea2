package org.pepiniere.applications.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepiniere.applications.jury.JuryFixture.application;
import static org.pepiniere.applications.jury.JuryFixture.assigned;
import static org.pepiniere.applications.jury.JuryFixture.juror;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ExplainingAssignmentsTest {

    private static final AssignmentRequest BIOTECH_AND_FINTECH = AssignmentRequest.of(
            List.of(application("biotech", Set.of("Biology", "Regulation", "Fundraising")), application("fintech", Set.of("finance"))),
            List.of(juror("biologist", Set.of("biology", "régulation")), juror("banker", Set.of("finance"))), 1);

    @Test
    void namesTheNeedsTheJurorsExpertiseMatches() {
        var assigned = assigned(BIOTECH_AND_FINTECH);

        var pair = assigned.of("biotech").get(0);
        assertThat(pair.jurorId()).isEqualTo("biologist");
        assertThat(pair.affinity()).isEqualTo(new Affinity(List.of("Biology", "Regulation"), 3, 34));
        assertThat(pair.cost()).isEqualTo(34);
    }

    @Test
    void givesEachPairTheJurorsLoadAndHowItCameIn() {
        var request = BIOTECH_AND_FINTECH.withLoadBounds(new LoadBounds.Between(0, 2))
                .withPairs(Set.of(new Pair("fintech", "biologist")), Set.of(), Set.of(new Pair("biotech", "biologist")));

        var assigned = assigned(request);

        assertThat(assigned.pairs()).extracting(AssignedPair::applicationId, AssignedPair::jurorId, AssignedPair::origin,
                AssignedPair::jurorLoad).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("biotech", "biologist", PairOrigin.LOCKED, 2),
                        org.assertj.core.groups.Tuple.tuple("fintech", "biologist", PairOrigin.PINNED, 2));
    }

    @Test
    void marksThePairsTheSolverChose() {
        var assigned = assigned(BIOTECH_AND_FINTECH);

        assertThat(assigned.pairs()).extracting(AssignedPair::origin).containsOnly(PairOrigin.SOLVED);
    }

    @Test
    void addsUpThePairsAndTheLoadsIntoTheTotalCost() {
        var request = BIOTECH_AND_FINTECH.withLoadBounds(new LoadBounds.Between(0, 2))
                .withPairs(Set.of(new Pair("fintech", "biologist"), new Pair("biotech", "biologist")), Set.of(), Set.of());

        var assigned = assigned(request);

        assertThat(assigned.loads()).containsExactly(new JurorLoad("biologist", 2, 2, 20), new JurorLoad("banker", 0, 0, 0));
        assertThat(assigned.totalCost()).isEqualTo(34 + 100 + 20);
    }
}
