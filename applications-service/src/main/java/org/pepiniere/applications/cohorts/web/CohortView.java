package org.pepiniere.applications.cohorts.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.calls.Programme;
import org.pepiniere.applications.cohorts.Cohort;
import org.pepiniere.applications.cohorts.CohortStartups;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A cohort as staff read it; {@code startups} is filled when one cohort is read, empty in lists.
 *
 * @param editable whether its details may still change: not before the day it starts
 * @param seatsTaken the seats admitted start-ups hold, those withdrawn since not counted
 * @param seatsFree the seats left, or null when the cohort has no capacity
 */
record CohortView(String id, Name name, ProgrammeView programme, LocalDate startsOn, LocalDate endsOn,
        @Nullable Integer capacity,
        @Schema(description = "Seats held by admitted start-ups, not counting those withdrawn") int seatsTaken,
        @Schema(description = "Seats left; absent when the cohort has no capacity", nullable = true) @Nullable Integer seatsFree,
        boolean editable, Instant createdAt, long version, List<CohortStartups.Member> startups) {

    record Name(String fr, String en) {
    }

    record ProgrammeView(Programme.Kind kind, @Nullable String track) {
    }

    static CohortView of(Cohort cohort, LocalDate today, int seatsTaken, List<CohortStartups.Member> startups) {
        var d = cohort.details();
        // a capacity lowered below the seats already held leaves none free, never a negative count
        Integer free = d.capacity() == null ? null : Math.max(0, d.capacity() - seatsTaken);
        return new CohortView(cohort.id().value(), new Name(d.name().fr(), d.name().en()),
                new ProgrammeView(d.programme().kind(), d.programme().track()), d.startsOn(), d.endsOn(), d.capacity(),
                seatsTaken, free, !cohort.hasStartedOn(today), cohort.createdAt(), cohort.version(), startups);
    }

    String etag() {
        return "\"" + version + "\"";
    }
}
