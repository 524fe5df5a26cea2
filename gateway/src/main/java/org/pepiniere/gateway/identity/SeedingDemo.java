package org.pepiniere.gateway.identity;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Creates the demo incubator and its users when they are missing. A demo user who already exists
 * is left as it is and not announced again, so running it at every start is harmless.
 */
public class SeedingDemo {

    private final Incubators incubators;
    private final Enrolling enrolling;

    public SeedingDemo(Incubators incubators, Enrolling enrolling) {
        this.incubators = incubators;
        this.enrolling = enrolling;
    }

    /** Completes with the number of users created by this run. */
    public Mono<Long> seed() {
        return incubators.ensure(DemoTenant.INCUBATOR)
                .thenMany(Flux.fromIterable(DemoTenant.USERS).concatMap(enrolling::enrol))
                .filter(EnrolmentOutcome.Created.class::isInstance)
                .count();
    }
}
