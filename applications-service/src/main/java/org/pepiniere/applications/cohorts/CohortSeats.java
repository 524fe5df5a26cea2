package org.pepiniere.applications.cohorts;

import reactor.core.publisher.Mono;

/** How many seats of a cohort admissions hold; the decisions, which take and free them, answer. */
public interface CohortSeats {

    Mono<Integer> taken(String incubatorId, CohortId cohortId);
}
