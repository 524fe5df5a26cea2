package org.pepiniere.applications.cohorts;

import reactor.core.publisher.Flux;

/** The start-ups admitted into a cohort, as the decisions announced them; the dashboard's projection answers. */
public interface CohortStartups {

    record Member(String startupReference, String name, String applicationId) {
    }

    Flux<Member> of(String incubatorId, CohortId cohortId);
}
