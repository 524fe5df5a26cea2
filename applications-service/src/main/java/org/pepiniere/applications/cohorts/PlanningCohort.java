package org.pepiniere.applications.cohorts;

import java.time.Clock;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/** Staff plan a new cohort of their incubator. */
public class PlanningCohort {

    private final Cohorts cohorts;
    private final Clock clock;
    private final Supplier<CohortId> ids;

    public PlanningCohort(Cohorts cohorts, Clock clock, Supplier<CohortId> ids) {
        this.cohorts = cohorts;
        this.clock = clock;
        this.ids = ids;
    }

    public Mono<Cohort> plan(String incubatorId, String staffId, CohortDetails details) {
        return cohorts.add(Cohort.planned(ids.get(), incubatorId, staffId, details, clock.instant()));
    }
}
