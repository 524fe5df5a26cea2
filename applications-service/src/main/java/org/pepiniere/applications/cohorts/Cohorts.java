package org.pepiniere.applications.cohorts;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every cohort of every incubator; each read is scoped to one incubator. */
public interface Cohorts {

    Mono<Cohort> add(Cohort planned);

    Mono<Cohort> find(String incubatorId, CohortId id);

    /** The incubator's cohorts, the latest to start first. */
    Flux<Cohort> ofIncubator(String incubatorId, int limit);

    /** Stores the edited cohort if the stored one is still at {@code expectedVersion}; empty when it changed meanwhile. */
    Mono<Cohort> saveEdited(Cohort edited, long expectedVersion);
}
