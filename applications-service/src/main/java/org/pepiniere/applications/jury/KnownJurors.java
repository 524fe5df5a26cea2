package org.pepiniere.applications.jury;

import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The jurors of each incubator who have shown themselves; each read is scoped to one incubator. */
public interface KnownJurors {

    /** Records the juror, or refreshes their name and email: idempotent. */
    Mono<KnownJuror> remember(KnownJuror juror);

    Flux<KnownJuror> ofIncubator(String incubatorId, int limit);

    Flux<KnownJuror> find(String incubatorId, Collection<String> jurorIds);
}
