package org.pepiniere.applications.jury;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pepiniere.applications.jury.JuryFixture.applications;
import static org.pepiniere.applications.jury.JuryFixture.concat;
import static org.pepiniere.applications.jury.JuryFixture.juror;
import static org.pepiniere.applications.jury.JuryFixture.jurors;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AssignmentRequestTest {

    @Test
    void refusesAPairNamingAnUnknownJuror() {
        assertThatIllegalArgumentException().isThrownBy(() -> AssignmentRequest.of(applications(2), jurors(2), 1)
                .withPairs(Set.of(new Pair("app-1", "juror-9")), Set.of(), Set.of())).withMessageContaining("juror-9");
    }

    @Test
    void refusesAPairNamingAnUnknownApplication() {
        assertThatIllegalArgumentException().isThrownBy(() -> AssignmentRequest.of(applications(2), jurors(2), 1)
                .withPairs(Set.of(), Set.of(new Pair("app-9", "juror-1")), Set.of())).withMessageContaining("app-9");
    }

    @Test
    void refusesTwoJurorsWithOneId() {
        assertThatIllegalArgumentException().isThrownBy(() -> AssignmentRequest.of(applications(2), concat(jurors(2), juror("juror-1")), 1));
    }

    @Test
    void refusesTwoApplicationsWithOneId() {
        assertThatIllegalArgumentException().isThrownBy(() -> AssignmentRequest.of(concat(applications(2), JuryFixture.application("app-2")), jurors(2), 1));
    }

    @Test
    void refusesFewerThanOneReview() {
        assertThatIllegalArgumentException().isThrownBy(() -> AssignmentRequest.of(applications(2), jurors(2), 0));
    }

    @Test
    void refusesAnEmptyJuryPool() {
        assertThatIllegalArgumentException().isThrownBy(() -> AssignmentRequest.of(applications(2), List.of(), 1));
    }

    @Test
    void refusesALoadRangeWhoseMaximumIsBelowItsMinimum() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LoadBounds.Between(3, 2));
    }

    @Test
    void refusesANegativeSlack() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LoadBounds.Widened(-1));
    }
}
