package org.pepiniere.applications.jury;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * A juror of a call declares a conflict, with an application or with an organisation. The conflict is stored in the
 * pool first, then an assigned pair it concerns leaves the assignment, with a gap staff see and the next run fills.
 * Two writes without a transaction: if the second is lost, the conflict already keeps the pair out of every re-run,
 * and declaring again (idempotent) takes it out now.
 */
public class DeclaringConflict {

    private static final int ATTEMPTS = 3;

    private final JuryPools pools;
    private final Assignments assignments;
    private final Submissions submissions;
    private final ScoredPairs scored;
    private final Clock clock;

    public DeclaringConflict(JuryPools pools, Assignments assignments, Submissions submissions, ScoredPairs scored, Clock clock) {
        this.pools = pools;
        this.assignments = assignments;
        this.submissions = submissions;
        this.scored = scored;
        this.clock = clock;
    }

    /** A conflict the juror of the call declares; with an application, it must be one submitted to the call. */
    public Mono<JuryOutcome<JuryPool>> declare(String incubatorId, String callId, String jurorId,
            @Nullable String applicationId, @Nullable String organisation) {
        if (applicationId == null) {
            return record(incubatorId, callId, jurorId, null, organisation);
        }
        return submissions.find(incubatorId, applicationId)
                .filter(application -> application.callId().equals(callId))
                .flatMap(application -> record(incubatorId, callId, jurorId, applicationId, organisation))
                .defaultIfEmpty(JuryOutcome.refused(JuryRefusal.UNKNOWN_APPLICATION, applicationId));
    }

    /** A conflict found late with an application assigned to the juror: only a juror of that application may. */
    public Mono<JuryOutcome<JuryPool>> leave(String incubatorId, String applicationId, String jurorId) {
        return submissions.find(incubatorId, applicationId)
                .flatMap(application -> assignments.find(incubatorId, application.callId())
                        .filter(assignment -> assignment.assigns(applicationId, jurorId))
                        .flatMap(assignment -> record(incubatorId, application.callId(), jurorId, applicationId, null)))
                .defaultIfEmpty(JuryOutcome.refused(JuryRefusal.APPLICATION_NOT_FOUND, applicationId));
    }

    private Mono<JuryOutcome<JuryPool>> record(String incubatorId, String callId, String jurorId,
            @Nullable String applicationId, @Nullable String organisation) {
        Mono<JuryOutcome<JuryPool>> guarded = applicationId == null ? Mono.empty() : scored.of(incubatorId, callId)
                .filter(pairs -> pairs.contains(new Pair(applicationId, jurorId)))
                .map(pairs -> JuryOutcome.refused(JuryRefusal.PAIR_SCORED, applicationId));
        return guarded.switchIfEmpty(Mono.defer(() -> inPool(incubatorId, callId, jurorId, applicationId, organisation)))
                .flatMap(outcome -> applicationId == null || !(outcome instanceof JuryOutcome.Done<JuryPool>) ? Mono.just(outcome)
                        : assignments.leave(incubatorId, callId, new LateConflict(applicationId, jurorId, clock.instant()))
                                .thenReturn(outcome));
    }

    /** Read, change, write at the read version; another change in between is retried on the fresh pool. */
    private Mono<JuryOutcome<JuryPool>> inPool(String incubatorId, String callId, String jurorId,
            @Nullable String applicationId, @Nullable String organisation) {
        return pools.find(incubatorId, callId).flatMap(pool -> {
            if (pool.member(jurorId).isEmpty()) {
                return Mono.just(JuryOutcome.<JuryPool>refused(JuryRefusal.NOT_IN_POOL, callId));
            }
            return pools.save(pool.withConflict(jurorId, applicationId, organisation), pool.version())
                    .<JuryOutcome<JuryPool>>map(JuryOutcome.Done::new)
                    .switchIfEmpty(Mono.error(new ChangedMeanwhile()));
        }).retryWhen(Retry.max(ATTEMPTS - 1).filter(ChangedMeanwhile.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .onErrorResume(ChangedMeanwhile.class, e -> Mono.just(JuryOutcome.refused(JuryRefusal.CHANGED_MEANWHILE, callId)));
    }

    private static final class ChangedMeanwhile extends RuntimeException {
        ChangedMeanwhile() {
            super(null, null, false, false);
        }
    }
}
