package org.pepiniere.applications.cohorts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A cohort of one incubator. Staff may change its details until the day it starts; from then on the start-ups in it
 * and their mentors plan around those dates.
 *
 * @param version increases with every change: the optimistic lock and the HTTP ETag
 */
public record Cohort(CohortId id, String incubatorId, CohortDetails details, String createdBy, Instant createdAt,
        long version) {

    public static Cohort planned(CohortId id, String incubatorId, String staffId, CohortDetails details, Instant now) {
        return new Cohort(id, incubatorId, details, staffId, now, 0);
    }

    public boolean hasStartedOn(LocalDate today) {
        return !today.isBefore(details.startsOn());
    }

    public CohortOutcome edit(CohortDetails newDetails, LocalDate today) {
        if (hasStartedOn(today)) {
            return new CohortOutcome.Refused(CohortRefusal.STARTED);
        }
        return new CohortOutcome.Changed(new Cohort(id, incubatorId, newDetails, createdBy, createdAt, version + 1));
    }
}
