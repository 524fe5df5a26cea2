package org.pepiniere.applications.jury;

import org.pepiniere.contracts.jury.JurorsAssigned;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The saved assignment of each call; each read is scoped to one incubator. */
public interface Assignments {

    Mono<Assignment> find(String incubatorId, String callId);

    /** The incubator's assignments in which the juror has at least one pair. */
    Flux<Assignment> withJuror(String incubatorId, String jurorId, int limit);

    /**
     * Replaces the call's assignment and stores its event in one write, if the stored one is still at
     * {@code expectedVersion} (0: none stored yet); empty when another run or a late conflict came first.
     */
    Mono<Assignment> replace(Assignment assignment, long expectedVersion, JurorsAssigned event);

    /** Takes the pair out and records the gap in one write, if the pair is still assigned; empty otherwise. */
    Mono<Assignment> leave(String incubatorId, String callId, LateConflict conflict);
}
