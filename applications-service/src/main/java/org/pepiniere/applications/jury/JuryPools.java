package org.pepiniere.applications.jury;

import reactor.core.publisher.Mono;

/** The jury pool of each call; each read is scoped to one incubator. */
public interface JuryPools {

    /** The call's pool, or an empty one at version 0 when staff never kept one. */
    Mono<JuryPool> find(String incubatorId, String callId);

    /** Stores the pool if the stored one is still at {@code expectedVersion} (0: none stored yet); empty otherwise. */
    Mono<JuryPool> save(JuryPool pool, long expectedVersion);
}
