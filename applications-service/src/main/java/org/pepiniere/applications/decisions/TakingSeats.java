package org.pepiniere.applications.decisions;

import java.time.Clock;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.applying.ApplicationStatus;
import org.pepiniere.applications.applying.Applications;
import org.pepiniere.contracts.decisions.ApplicationDecided.Decision;

import reactor.core.publisher.Mono;

/**
 * An admission takes its cohort's seat before its decision is written, and gives it back when the decision is not
 * written; there is no transaction to hold the two writes together, so what a crash leaves between them is put right
 * here:
 * <ul>
 * <li>the seat is keyed by the application, so the same admission tried again finds and keeps the seat it took;</li>
 * <li>a seat whose application was withdrawn, or which has no admission into the cohort after {@link #GRACE}, is
 * freed the first time the cohort looks full. The grace is far longer than a decision write takes, so a seat whose
 * admission is still being written is never taken from it.</li>
 * </ul>
 */
public class TakingSeats {

    static final Duration GRACE = Duration.ofMinutes(5);

    private final Seats seats;
    private final Decisions decisions;
    private final Applications applications;
    private final Clock clock;

    public TakingSeats(Seats seats, Decisions decisions, Applications applications, Clock clock) {
        this.seats = seats;
        this.decisions = decisions;
        this.applications = applications;
        this.clock = clock;
    }

    /** True when the application holds a seat of the cohort, false when the cohort is full. */
    public Mono<Boolean> take(String incubatorId, String cohortId, String applicationId, @Nullable Integer capacity) {
        var seat = new Seat(applicationId, clock.instant());
        return opened(incubatorId, cohortId)
                .then(seats.take(incubatorId, cohortId, seat, capacity))
                // tried again even when this reclaim freed nothing: a withdrawal read meanwhile may have freed a seat
                .flatMap(taken -> taken ? Mono.just(true)
                        : reclaimed(incubatorId, cohortId).then(seats.take(incubatorId, cohortId, seat, capacity)));
    }

    /** After a decision that was not stored: the seat goes back unless the application is admitted into the cohort. */
    public Mono<Void> giveBack(String incubatorId, String cohortId, String applicationId) {
        return admittedInto(incubatorId, cohortId, applicationId)
                .flatMap(admitted -> admitted ? Mono.empty() : seats.free(incubatorId, cohortId, applicationId))
                .then();
    }

    /** An admitted start-up that withdrew leaves its seat; anything else withdrawn held none. */
    public Mono<Void> freeWithdrawn(String incubatorId, String applicationId) {
        return decisions.find(incubatorId, applicationId)
                .filter(decided -> decided.decision() == Decision.ADMITTED && decided.cohortId() != null)
                .flatMap(decided -> seats.free(incubatorId, decided.cohortId(), applicationId))
                .then();
    }

    /** The seats taken, counting the admissions made before the cohort's seats were kept. */
    public Mono<Integer> taken(String incubatorId, String cohortId) {
        return seats.isOpen(incubatorId, cohortId).flatMap(open -> open ? seats.taken(incubatorId, cohortId)
                : decisions.admittedInto(incubatorId, cohortId).count().map(Long::intValue));
    }

    private Mono<Void> opened(String incubatorId, String cohortId) {
        return seats.isOpen(incubatorId, cohortId).flatMap(open -> open ? Mono.empty()
                : decisions.admittedInto(incubatorId, cohortId).map(id -> new Seat(id, clock.instant())).collectList()
                        .flatMap(already -> seats.open(incubatorId, cohortId, already)));
    }

    private Mono<Void> reclaimed(String incubatorId, String cohortId) {
        return seats.held(incubatorId, cohortId)
                .filterWhen(seat -> isLeftOver(incubatorId, cohortId, seat))
                .concatMap(seat -> seats.free(incubatorId, cohortId, seat.applicationId()))
                .then();
    }

    private Mono<Boolean> isLeftOver(String incubatorId, String cohortId, Seat seat) {
        boolean old = seat.takenAt().plus(GRACE).isBefore(clock.instant());
        return applications.find(incubatorId, new ApplicationId(seat.applicationId()))
                .map(application -> application.status() == ApplicationStatus.WITHDRAWN)
                .defaultIfEmpty(old)
                .flatMap(withdrawn -> withdrawn || !old ? Mono.just(withdrawn)
                        : admittedInto(incubatorId, cohortId, seat.applicationId()).map(admitted -> !admitted));
    }

    private Mono<Boolean> admittedInto(String incubatorId, String cohortId, String applicationId) {
        return decisions.find(incubatorId, applicationId)
                .map(decided -> decided.decision() == Decision.ADMITTED && cohortId.equals(decided.cohortId()))
                .defaultIfEmpty(false);
    }
}
