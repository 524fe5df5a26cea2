package org.pepiniere.applications.decisions;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.applying.Application;
import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.applying.ApplicationStatus;
import org.pepiniere.applications.applying.Applications;
import org.pepiniere.applications.cohorts.Cohort;
import org.pepiniere.applications.cohorts.CohortId;
import org.pepiniere.applications.cohorts.Cohorts;
import org.pepiniere.applications.consent.Consents;
import org.pepiniere.contracts.decisions.ApplicationDecided.Decision;

import reactor.core.publisher.Mono;

/**
 * Staff decide an application once its review is completed. The decision, its sequence, the start-up's reference and
 * the {@code ApplicationDecided} event are stored by one conditional write: of two decisions at once, one is stored
 * and the other refused as already decided.
 * <p>
 * An admission first takes a seat of its cohort, by one conditional write of the cohort's seats, and only then writes
 * the decision: of two admissions into the last seat, one gets it and the other is refused as the cohort full. A
 * decision that is not written gives its seat back; what a crash between the two writes leaves is told in
 * {@link TakingSeats}.
 */
public class DecidingApplication {

    private final Applications applications;
    private final Decisions decisions;
    private final CompletedReviews reviews;
    private final Cohorts cohorts;
    private final TakingSeats seats;
    private final Consents consents;
    private final Clock clock;
    private final Supplier<String> ids;

    public DecidingApplication(Applications applications, Decisions decisions, CompletedReviews reviews, Cohorts cohorts,
            TakingSeats seats, Consents consents, Clock clock, Supplier<String> ids) {
        this.applications = applications;
        this.decisions = decisions;
        this.reviews = reviews;
        this.cohorts = cohorts;
        this.seats = seats;
        this.consents = consents;
        this.clock = clock;
        this.ids = ids;
    }

    public Mono<DecisionOutcome> decide(DecideApplication command) {
        var problems = DecisionRules.problemsWith(command);
        if (!problems.isEmpty()) {
            return Mono.just(new DecisionOutcome.Refused(DecisionRefusal.INVALID_DECISION, command.applicationId(), problems));
        }
        String id = command.applicationId();
        return applications.find(command.incubatorId(), new ApplicationId(id))
                .flatMap(application -> decidable(application, command))
                .defaultIfEmpty(DecisionOutcome.refused(DecisionRefusal.APPLICATION_NOT_FOUND, id));
    }

    private Mono<DecisionOutcome> decidable(Application application, DecideApplication command) {
        String id = command.applicationId();
        if (application.status() == ApplicationStatus.WITHDRAWN) {
            return Mono.just(DecisionOutcome.refused(DecisionRefusal.WITHDRAWN, id));
        }
        if (application.status() != ApplicationStatus.SUBMITTED || application.callId() == null) {
            return Mono.just(DecisionOutcome.refused(DecisionRefusal.NOT_SUBMITTED, id));
        }
        return decisions.find(command.incubatorId(), id)
                .map(existing -> DecisionOutcome.refused(DecisionRefusal.ALREADY_DECIDED, id))
                .switchIfEmpty(Mono.defer(() -> reviews.isCompleted(command.incubatorId(), id)
                        .flatMap(completed -> completed ? admissible(application, command)
                                : Mono.just(DecisionOutcome.refused(DecisionRefusal.REVIEW_NOT_COMPLETED, id)))));
    }

    private Mono<DecisionOutcome> admissible(Application application, DecideApplication command) {
        if (command.decision() != Decision.ADMITTED) {
            return first(application, command, null);
        }
        String cohortId = Objects.requireNonNull(command.cohortId());
        return cohort(command.incubatorId(), cohortId)
                .flatMap(cohort -> first(application, command, cohort))
                .defaultIfEmpty(unknownCohort(cohortId));
    }

    private Mono<DecisionOutcome> first(Application application, DecideApplication command, @Nullable Cohort cohort) {
        Mono<Long> position = command.decision() == Decision.WAITLISTED
                ? decisions.nextWaitlistPosition(command.incubatorId(), application.callId())
                : Mono.just(-1L);
        return position.flatMap(place -> {
            var decided = new Decided(application.id().value(), command.incubatorId(), application.callId(),
                    application.founderId(), "su-" + ids.get(), 1, command.decision(),
                    cohort == null ? null : cohort.id().value(), command.reasonsFr().strip(),
                    command.reasonsEn().strip(), place < 0 ? null : place, command.staffId(), clock.instant());
            return cohort == null ? stored(decided, application) : seated(decided, application, cohort);
        });
    }

    /** The incubator's cohort of this id; empty when there is none, or the id could not be one. */
    Mono<Cohort> cohort(String incubatorId, String cohortId) {
        if (cohortId.isBlank() || cohortId.length() > 64) {
            return Mono.empty();
        }
        return cohorts.find(incubatorId, new CohortId(cohortId));
    }

    static DecisionOutcome unknownCohort(String cohortId) {
        return DecisionOutcome.refused(DecisionRefusal.COHORT_NOT_FOUND, cohortId, "cohortId", "decisions.cohort-not-found");
    }

    /**
     * Stores the admission once it holds a seat of the cohort. The seat goes back when the decision is not stored, or
     * its write fails; a crash in between leaves a seat that {@link TakingSeats} reclaims or a retry reuses.
     */
    Mono<DecisionOutcome> seated(Decided admitted, Application application, Cohort cohort) {
        String cohortId = cohort.id().value();
        Integer capacity = cohort.details().capacity();
        Mono<Void> giveBack = seats.giveBack(admitted.incubatorId(), cohortId, admitted.applicationId());
        return seats.take(admitted.incubatorId(), cohortId, admitted.applicationId(), capacity)
                .flatMap(taken -> !taken
                        ? Mono.just(DecisionOutcome.refused(DecisionRefusal.COHORT_FULL, cohortId, "cohortId",
                                "decisions.cohort-full", Objects.requireNonNull(capacity)))
                        : stored(admitted, application)
                                .onErrorResume(failure -> giveBack.then(Mono.error(failure)))
                                .flatMap(outcome -> outcome instanceof DecisionOutcome.Stored ? Mono.just(outcome)
                                        : giveBack.thenReturn(outcome)));
    }

    /** Stores the decision with its event, the disclosures read from the founder's consents at this moment. */
    Mono<DecisionOutcome> stored(Decided decided, Application application) {
        return consents.grantedBanks(decided.incubatorId(), decided.applicationId())
                .map(banks -> Disclosing.event(ids.get(), decided, application, banks))
                .flatMap(event -> decisions.store(decided, event))
                .<DecisionOutcome>map(DecisionOutcome.Stored::new)
                .defaultIfEmpty(DecisionOutcome.refused(DecisionRefusal.ALREADY_DECIDED, decided.applicationId()));
    }
}
