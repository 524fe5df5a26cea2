package org.pepiniere.applications.decisions;

import org.pepiniere.contracts.decisions.ApplicationDecided;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The decisions, one document per application, and each call's decision record; every read is scoped to one incubator. */
public interface Decisions {

    Mono<Decided> find(String incubatorId, String applicationId);

    /** The call's decisions, at most {@code limit}. */
    Flux<Decided> ofCall(String incubatorId, String callId, int limit);

    /**
     * Stores the decision with its event in one write, only if the stored one is still at {@code decided.sequence() - 1}
     * (none stored for the first) and, for a later one, still wait-listed; empty when another decision came first.
     */
    Mono<Decided> store(Decided decided, ApplicationDecided event);

    /** The next place on the call's wait list, one atomic increment of the call's record. */
    Mono<Long> nextWaitlistPosition(String incubatorId, String callId);

    /** The applications admitted into the cohort and not withdrawn since. */
    Flux<String> admittedInto(String incubatorId, String cohortId);

    /** The call's wait-listed applications not withdrawn since, first place first. */
    Flux<Decided> waiting(String incubatorId, String callId, int limit);

    Mono<TieBreak> saveTieBreak(TieBreak tieBreak);

    Mono<TieBreak> lastTieBreak(String incubatorId, String callId);

    /** Every draw of the call's tie-break, newest first: the first is the one in force. */
    Flux<TieBreak> tieBreaks(String incubatorId, String callId);
}
