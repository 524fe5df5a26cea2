package org.pepiniere.applications.decisions;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.applying.Application;
import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.applying.ApplicationStatus;
import org.pepiniere.applications.applying.Applications;
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
 * A cohort's room is counted before the write, without a lock: two admissions at the same instant into the last seat
 * may both pass. Staff see the cohort's members and decide one at a time, so the check is there to stop the usual
 * mistake, not a race.
 */
public class DecidingApplication {

    private final Applications applications;
    private final Decisions decisions;
    private final CompletedReviews reviews;
    private final Cohorts cohorts;
    private final Consents consents;
    private final Clock clock;
    private final Supplier<String> ids;

    public DecidingApplication(Applications applications, Decisions decisions, CompletedReviews reviews, Cohorts cohorts,
            Consents consents, Clock clock, Supplier<String> ids) {
        this.applications = applications;
        this.decisions = decisions;
        this.reviews = reviews;
        this.cohorts = cohorts;
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
                        .flatMap(completed -> completed
                                ? refusalOfCohort(command.incubatorId(),
                                        command.decision() == Decision.ADMITTED ? command.cohortId() : null)
                                        .flatMap(refusal -> refusal.map(Mono::just).orElseGet(() -> first(application, command)))
                                : Mono.just(DecisionOutcome.refused(DecisionRefusal.REVIEW_NOT_COMPLETED, id)))));
    }

    private Mono<DecisionOutcome> first(Application application, DecideApplication command) {
        Mono<Long> position = command.decision() == Decision.WAITLISTED
                ? decisions.nextWaitlistPosition(command.incubatorId(), application.callId())
                : Mono.just(-1L);
        return position.flatMap(place -> {
            var decided = new Decided(application.id().value(), command.incubatorId(), application.callId(),
                    application.founderId(), "su-" + ids.get(), 1, command.decision(),
                    command.decision() == Decision.ADMITTED ? command.cohortId() : null, command.reasonsFr().strip(),
                    command.reasonsEn().strip(), place < 0 ? null : place, command.staffId(), clock.instant());
            return stored(decided, application);
        });
    }

    /** The refusal of an unknown or full cohort; none when there is room, or nothing to admit into. */
    Mono<Optional<DecisionOutcome>> refusalOfCohort(String incubatorId, @Nullable String cohortId) {
        if (cohortId == null) {
            return Mono.just(Optional.empty());
        }
        var unknown = Optional.of(DecisionOutcome.refused(DecisionRefusal.COHORT_NOT_FOUND, cohortId, "cohortId",
                "decisions.cohort-not-found"));
        if (cohortId.isBlank() || cohortId.length() > 64) {
            return Mono.just(unknown);
        }
        return cohorts.find(incubatorId, new CohortId(cohortId))
                .flatMap(cohort -> {
                    Integer capacity = cohort.details().capacity();
                    if (capacity == null) {
                        return Mono.just(Optional.<DecisionOutcome>empty());
                    }
                    return decisions.seatsTaken(incubatorId, cohortId).map(taken -> taken < capacity ? Optional.<DecisionOutcome>empty()
                            : Optional.of(DecisionOutcome.refused(DecisionRefusal.COHORT_FULL, cohortId, "cohortId",
                                    "decisions.cohort-full", capacity)));
                })
                .defaultIfEmpty(unknown);
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
