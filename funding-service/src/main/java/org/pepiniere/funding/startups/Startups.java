package org.pepiniere.funding.startups;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The start-ups of every incubator known to funding; each read is scoped to one incubator. */
public interface Startups {

    /** The most start-ups one read returns. */
    int MAX_LISTED = 200;

    /**
     * Keeps the start-up under its application id within its incubator. The first record wins, so
     * receiving the same submission again changes nothing.
     */
    Mono<Void> record(Startup startup);

    /** The incubator's start-ups, the most recently submitted first. */
    Flux<Startup> newestOf(String incubatorId, int limit);
}
