package org.pepiniere.gateway.identity;

import reactor.core.publisher.Mono;

public interface Incubators {

    Mono<Incubator> find(IncubatorId id);

    /** Adds the incubator unless one with its id exists; completes with the stored one. */
    Mono<Incubator> ensure(Incubator incubator);
}
