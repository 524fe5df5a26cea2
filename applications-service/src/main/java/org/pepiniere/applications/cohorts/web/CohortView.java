package org.pepiniere.applications.cohorts.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.calls.Programme;
import org.pepiniere.applications.cohorts.Cohort;
import org.pepiniere.applications.cohorts.CohortStartups;

/**
 * A cohort as staff read it; {@code startups} is filled when one cohort is read, empty in lists.
 *
 * @param editable whether its details may still change: not before the day it starts
 */
record CohortView(String id, Name name, ProgrammeView programme, LocalDate startsOn, LocalDate endsOn,
        @Nullable Integer capacity, boolean editable, Instant createdAt, long version,
        List<CohortStartups.Member> startups) {

    record Name(String fr, String en) {
    }

    record ProgrammeView(Programme.Kind kind, @Nullable String track) {
    }

    static CohortView of(Cohort cohort, LocalDate today, List<CohortStartups.Member> startups) {
        var d = cohort.details();
        return new CohortView(cohort.id().value(), new Name(d.name().fr(), d.name().en()),
                new ProgrammeView(d.programme().kind(), d.programme().track()), d.startsOn(), d.endsOn(), d.capacity(),
                !cohort.hasStartedOn(today), cohort.createdAt(), cohort.version(), startups);
    }

    String etag() {
        return "\"" + version + "\"";
    }
}
