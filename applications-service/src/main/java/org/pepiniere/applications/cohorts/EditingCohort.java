package org.pepiniere.applications.cohorts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import reactor.core.publisher.Mono;

/**
 * Staff change a cohort that has not started. An edit names the version it was made from, and the store takes it
 * only if the cohort is still at that version, so two staff never overwrite each other unseen.
 */
public class EditingCohort {

    private final Cohorts cohorts;
    private final Clock clock;

    public EditingCohort(Cohorts cohorts, Clock clock) {
        this.cohorts = cohorts;
        this.clock = clock;
    }

    public record EditCohort(String incubatorId, CohortId id, long expectedVersion, CohortDetails details) {
    }

    public Mono<CohortOutcome> edit(EditCohort command) {
        return cohorts.find(command.incubatorId(), command.id())
                .flatMap(cohort -> edit(cohort, command))
                .defaultIfEmpty(new CohortOutcome.Refused(CohortRefusal.NOT_FOUND));
    }

    private Mono<CohortOutcome> edit(Cohort cohort, EditCohort command) {
        // cohorts start on a calendar day; the platform keeps its dates in UTC
        var outcome = cohort.edit(command.details(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (outcome instanceof CohortOutcome.Refused) {
            return Mono.just(outcome);
        }
        if (command.expectedVersion() != cohort.version()) {
            return Mono.just(new CohortOutcome.Refused(CohortRefusal.CHANGED_MEANWHILE));
        }
        return cohorts.saveEdited(((CohortOutcome.Changed) outcome).cohort(), command.expectedVersion())
                .<CohortOutcome>map(CohortOutcome.Changed::new)
                .defaultIfEmpty(new CohortOutcome.Refused(CohortRefusal.CHANGED_MEANWHILE));
    }
}
