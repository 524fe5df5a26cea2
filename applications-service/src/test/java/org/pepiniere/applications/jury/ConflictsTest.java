package org.pepiniere.applications.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepiniere.applications.jury.JuryFixture.application;
import static org.pepiniere.applications.jury.JuryFixture.juror;
import static org.pepiniere.applications.jury.JuryFixture.jurorFrom;
import static org.pepiniere.applications.jury.JuryFixture.jurorInConflictWith;
import static org.pepiniere.applications.jury.JuryFixture.jurorInConflictWithOrganisation;
import static org.pepiniere.applications.jury.JuryFixture.obstacles;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ConflictsTest {

    @Test
    void derivesAConflictWhenTheJurorSharesATeamMembersAffiliationWhateverItsCaseSpacesAndAccents() {
        var request = AssignmentRequest.of(List.of(application("app-1", Set.of(), "Inria", "École  Polytechnique ")),
                List.of(jurorFrom("colleague", "ecole polytechnique"), juror("outsider")), 2);

        var obstacles = obstacles(request);

        assertThat(obstacles).contains(new Obstacle.NotEnoughAllowedJurors("app-1", 2, 1, 1, 0,
                List.of(new ExcludedJuror("colleague", Exclusion.SAME_AFFILIATION_AS_TEAM))));
    }

    @Test
    void derivesNoConflictFromADifferentAffiliation() {
        var request = AssignmentRequest.of(List.of(application("app-1", Set.of(), "Inria")),
                List.of(jurorFrom("from-elsewhere", "Polytechnique"), juror("outsider")), 2);

        var assigned = JuryFixture.assigned(request);

        assertThat(assigned.of("app-1")).extracting(AssignedPair::jurorId).containsExactly("from-elsewhere", "outsider");
    }

    @Test
    void honoursAConflictDeclaredWithTheApplication() {
        var request = AssignmentRequest.of(List.of(application("app-1")),
                List.of(jurorInConflictWith("investor", "app-1"), juror("outsider")), 2);

        var obstacles = obstacles(request);

        assertThat(obstacles).contains(new Obstacle.NotEnoughAllowedJurors("app-1", 2, 1, 1, 0,
                List.of(new ExcludedJuror("investor", Exclusion.CONFLICT_DECLARED_WITH_APPLICATION))));
    }

    @Test
    void honoursAConflictDeclaredWithAnOrganisationOfATeamMember() {
        var request = AssignmentRequest.of(List.of(application("app-1", Set.of(), "Station F")),
                List.of(jurorInConflictWithOrganisation("former-mentor", "STATION f"), juror("outsider")), 2);

        var obstacles = obstacles(request);

        assertThat(obstacles).contains(new Obstacle.NotEnoughAllowedJurors("app-1", 2, 1, 1, 0,
                List.of(new ExcludedJuror("former-mentor", Exclusion.CONFLICT_DECLARED_WITH_ORGANISATION))));
    }

    @Test
    void keepsAConflictedJurorAwayEvenWhenTheirExpertiseMatchesBest() {
        var request = AssignmentRequest.of(
                List.of(application("biotech", Set.of("biology"), "Institut Pasteur"), application("fintech", Set.of("finance"))),
                List.of(new Juror("biologist", Set.of("biology"), "institut pasteur", Set.of(), Set.of()),
                        juror("banker", Set.of("finance"))), 1);

        var assigned = JuryFixture.assigned(request);

        assertThat(assigned.of("biotech")).extracting(AssignedPair::jurorId).containsExactly("banker");
    }
}
