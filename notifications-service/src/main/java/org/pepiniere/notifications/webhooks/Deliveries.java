package org.pepiniere.notifications.webhooks;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The delivery log. A claim is atomic: one attempt at a time holds a delivery until its lease ends. */
public interface Deliveries {

    /** Adds the delivery unless one with its id exists; emits whether it was added. */
    Mono<Boolean> add(Delivery delivery);

    /** Takes a pending delivery whose attempt is due, pushing its next attempt to {@code leaseUntil}. */
    Mono<Delivery> claimDue(String id, Instant now, Instant leaseUntil);

    Flux<String> due(Instant now, int limit);

    /** Appends the attempt to the log and writes the state that follows it. */
    Mono<Void> recordAttempt(Delivery after, Attempt attempt);

    /** An endpoint's deliveries, newest first. */
    Flux<Delivery> ofEndpoint(EndpointOwner owner, String endpointId, int limit);
}
