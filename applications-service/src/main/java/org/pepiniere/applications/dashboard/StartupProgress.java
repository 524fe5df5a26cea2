package org.pepiniere.applications.dashboard;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The projection behind the dashboard, one entry per start-up reference. Every write is naturally idempotent: an
 * event applied twice (a redelivery after a crash) changes nothing more, because each session, funding and tranche is
 * stored under its own key, and a decision only over a lower sequence.
 */
public interface StartupProgress {

    /** Applies the decision unless one of the same or a higher sequence was applied already. */
    Mono<Void> place(Placement placement);

    /**
     * The application was withdrawn: its start-up leaves its cohort for good, whatever decision arrives before or after
     * (no decision follows a withdrawal; a late one of an older sequence must not bring it back). Its figures are kept.
     */
    Mono<Void> withdraw(String incubatorId, String applicationId, Instant withdrawnAt);

    Mono<Void> addSession(String incubatorId, String startupReference, String sessionId, MentoringSession session);

    Mono<Void> addGrant(String incubatorId, String startupReference, String fundingId, Movement granted);

    Mono<Void> addRelease(String incubatorId, String startupReference, String fundingId, int tranche, Movement released);

    /** The cohort's admitted start-ups, without those withdrawn since. */
    Flux<TrackedStartup> ofCohort(String incubatorId, String cohortId);

    /** The admitted start-ups of one founder, without those withdrawn since. */
    Flux<TrackedStartup> admittedOf(String incubatorId, String founderId);

    /** Stores the month's report if the start-up is admitted and {@code founderId}'s; false otherwise, nothing stored. */
    Mono<Boolean> report(String incubatorId, String startupReference, String founderId, KpiReport report);
}
