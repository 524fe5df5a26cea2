package org.pepiniere.applications.scoring;

import java.util.Set;

import org.pepiniere.applications.jury.Pair;
import org.pepiniere.contracts.scoring.ApplicationScored;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every juror's score of every application; each read is scoped to one incubator. */
public interface Scores {

    Mono<Score> find(String incubatorId, String applicationId, String jurorId);

    /** The scores of a call's applications, by application then juror. */
    Flux<Score> ofCall(String incubatorId, String callId, int limit);

    /** The scores one juror gave, newest first. */
    Flux<Score> ofJuror(String incubatorId, String jurorId, int limit);

    /** The pairs of a call that have a score. */
    Mono<Set<Pair>> pairsOf(String incubatorId, String callId);

    /**
     * Stores the score and its event in one write if the stored one is still at {@code expectedRevision} (0: none
     * stored yet); empty when another revision came first.
     */
    Mono<Score> save(Score score, long expectedRevision, ApplicationScored event);
}
