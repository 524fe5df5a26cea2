package org.pepiniere.applications.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pepiniere.applications.calls.Bilingual;
import org.pepiniere.applications.calls.Programme;
import org.pepiniere.applications.calls.Violation;

class CohortRulesTest {

    static final LocalDate JANUARY = LocalDate.parse("2027-01-11");
    static final LocalDate JULY = LocalDate.parse("2027-07-09");

    static CohortDetails winter2027(LocalDate startsOn, LocalDate endsOn, Integer capacity) {
        return new CohortDetails(new Bilingual("Hiver 2027", "Winter 2027"), Programme.acceleration("Village by CA"), startsOn,
                endsOn, capacity);
    }

    @Test
    void refusesACohortThatEndsBeforeItStartsNamingTheEndAndTheCapacity() {
        assertThatThrownBy(() -> winter2027(JULY, JANUARY, 0))
                .isInstanceOfSatisfying(InvalidCohortDetails.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field).containsExactly("endsOn", "capacity"));
    }

    @Test
    void refusesACohortThatEndsTheDayItStarts() {
        assertThatThrownBy(() -> winter2027(JANUARY, JANUARY, null)).isInstanceOf(InvalidCohortDetails.class);
    }

    @Test
    void letsStaffEditACohortUntilTheDayBeforeItStarts() {
        var cohort = Cohort.planned(new CohortId("c-1"), "inc", "staff", winter2027(JANUARY, JULY, 12), Instant.EPOCH);

        var edited = cohort.edit(winter2027(JANUARY, JULY, 15), JANUARY.minusDays(1));

        assertThat(edited).isInstanceOfSatisfying(CohortOutcome.Changed.class, changed -> {
            assertThat(changed.cohort().details().capacity()).isEqualTo(15);
            assertThat(changed.cohort().version()).isEqualTo(1);
        });
    }

    @Test
    void refusesToEditACohortOnceStarted() {
        var cohort = Cohort.planned(new CohortId("c-1"), "inc", "staff", winter2027(JANUARY, JULY, 12), Instant.EPOCH);

        var edited = cohort.edit(winter2027(JANUARY, JULY, 15), JANUARY);

        assertThat(edited).isEqualTo(new CohortOutcome.Refused(CohortRefusal.STARTED));
    }
}
