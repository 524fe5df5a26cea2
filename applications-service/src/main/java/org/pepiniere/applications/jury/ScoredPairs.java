package org.pepiniere.applications.jury;

import java.util.Set;

import reactor.core.publisher.Mono;

/**
 * The pairs of a call that already have a score: a re-run keeps them ("locked"), and a late conflict cannot undo
 * them. The one place scoring plugs into the assignment: scoring gives the pairs its stored scores name.
 */
@FunctionalInterface
public interface ScoredPairs {

    ScoredPairs NONE = (incubatorId, callId) -> Mono.just(Set.of());

    Mono<Set<Pair>> of(String incubatorId, String callId);
}
