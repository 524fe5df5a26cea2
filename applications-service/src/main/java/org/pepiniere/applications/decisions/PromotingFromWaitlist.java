package org.pepiniere.applications.decisions;

import java.time.Clock;
import java.util.ArrayList;

import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.applying.Applications;
import org.pepiniere.applications.calls.CallId;
import org.pepiniere.applications.calls.Calls;
import org.pepiniere.applications.cohorts.Cohort;

import reactor.core.publisher.Mono;

/**
 * When an admitted start-up withdraws, staff admit the first wait-listed application of the call still in the running
 * (lowest place, not withdrawn): its decision becomes {@code ADMITTED} one sequence later, a new
 * {@code ApplicationDecided} with the same start-up reference. The write is conditional on the stored decision still
 * being that wait-listed one, so two promotions at once admit it once.
 */
public class PromotingFromWaitlist {

    private final Calls calls;
    private final Applications applications;
    private final Decisions decisions;
    private final DecidingApplication deciding;
    private final Clock clock;

    public PromotingFromWaitlist(Calls calls, Applications applications, Decisions decisions, DecidingApplication deciding,
            Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.decisions = decisions;
        this.deciding = deciding;
        this.clock = clock;
    }

    public Mono<DecisionOutcome> promote(PromoteFromWaitlist command) {
        var problems = new ArrayList<DecisionOutcome.RefusedField>();
        if (command.cohortId() == null || command.cohortId().isBlank()) {
            problems.add(new DecisionOutcome.RefusedField("cohortId", "decisions.field.cohort-required", java.util.List.of()));
        }
        DecisionRules.reasons(problems, "reasonsFr", command.reasonsFr());
        DecisionRules.reasons(problems, "reasonsEn", command.reasonsEn());
        if (!problems.isEmpty()) {
            return Mono.just(new DecisionOutcome.Refused(DecisionRefusal.INVALID_DECISION, command.callId(), problems));
        }
        return calls.find(command.incubatorId(), new CallId(command.callId()))
                .flatMap(call -> deciding.cohort(command.incubatorId(), command.cohortId())
                        .flatMap(cohort -> firstWaiting(command, cohort))
                        .defaultIfEmpty(DecidingApplication.unknownCohort(command.cohortId())))
                .defaultIfEmpty(DecisionOutcome.refused(DecisionRefusal.CALL_NOT_FOUND, command.callId()));
    }

    /** The one promoted takes a seat of the cohort the way an admission does: a full cohort refuses it. */
    private Mono<DecisionOutcome> firstWaiting(PromoteFromWaitlist command, Cohort cohort) {
        return decisions.waiting(command.incubatorId(), command.callId(), 1).next()
                .flatMap(waiting -> applications.find(command.incubatorId(), new ApplicationId(waiting.applicationId()))
                        .flatMap(application -> deciding.seated(waiting.promoted(cohort.id().value(), command.reasonsFr().strip(),
                                command.reasonsEn().strip(), command.staffId(), clock.instant()), application, cohort)))
                .defaultIfEmpty(DecisionOutcome.refused(DecisionRefusal.NOBODY_WAITING, command.callId()));
    }
}
