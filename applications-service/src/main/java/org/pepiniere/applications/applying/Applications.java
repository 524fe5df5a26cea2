package org.pepiniere.applications.applying;

import org.pepiniere.contracts.applications.ApplicationSubmitted;
import org.pepiniere.contracts.applications.ApplicationWithdrawn;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every application of every incubator; each read is scoped to one incubator. */
public interface Applications {

    Mono<Application> add(Application draft);

    Mono<Application> find(String incubatorId, ApplicationId id);

    Flux<Application> ofFounder(String incubatorId, String founderId, int limit);

    Flux<Application> ofIncubator(String incubatorId, int limit);

    /**
     * Stores the revised draft in one write, if the stored one is still a draft of the same founder at
     * {@code expectedVersion}; empty when it changed meanwhile or was submitted.
     */
    Mono<Application> saveRevised(Application revised, long expectedVersion);

    /**
     * Stores the submitted application and its event in one write, if the stored one is still the
     * draft at {@code expectedVersion}; empty when it changed meanwhile.
     */
    Mono<Application> saveSubmitted(Application submitted, long expectedVersion, ApplicationSubmitted event);

    /**
     * Stores the withdrawn application and its event in one write, if the stored one is still at
     * {@code expectedVersion} (a draft or a submitted application); empty when it changed meanwhile.
     */
    Mono<Application> saveWithdrawn(Application withdrawn, long expectedVersion, ApplicationWithdrawn event);
}
