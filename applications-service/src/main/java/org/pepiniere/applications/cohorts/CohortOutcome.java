package org.pepiniere.applications.cohorts;

/** What a command on a cohort answers: the cohort as it now is, or the reason it refused. */
public sealed interface CohortOutcome {

    record Changed(Cohort cohort) implements CohortOutcome {
    }

    record Refused(CohortRefusal refusal) implements CohortOutcome {
    }
}
