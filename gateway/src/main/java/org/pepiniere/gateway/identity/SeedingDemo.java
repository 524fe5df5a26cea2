package org.pepiniere.gateway.identity;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Creates the demo incubator and its users when they are missing. A demo user who already exists
 * is left as it is and not announced again, so running it at every start is harmless. The users share
 * a published password, so they are created only when asked for; the incubator, which founders join when
 * they name none, holds no secret and is always there.
 */
public class SeedingDemo {

    private final Incubators incubators;
    private final Enrolling enrolling;

    public SeedingDemo(Incubators incubators, Enrolling enrolling) {
        this.incubators = incubators;
        this.enrolling = enrolling;
    }

    /** The incubator and its users; completes with the number of users created by this run. */
    public Mono<Long> seed() {
        return seedIncubator()
                .thenMany(Flux.fromIterable(DemoTenant.USERS).concatMap(enrolling::enrol))
                .filter(EnrolmentOutcome.Created.class::isInstance)
                .count();
    }

    /** Only the demo incubator, without any account. */
    public Mono<Void> seedIncubator() {
        return incubators.ensure(DemoTenant.INCUBATOR).then();
    }
}
