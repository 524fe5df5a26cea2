package org.pepiniere.notifications.webhooks;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The delivery log, and the queue of the deliveries still pending. An attempt holds a delivery
 * under a lease token; only the holder of the current lease may record a result, so an attempt that
 * outlived its lease records nothing.
 */
public interface Deliveries {

    /**
     * Adds the delivery unless one with its id exists, held by {@code lease} (its next attempt pushed to the
     * end of the lease) or, when null, free for the next sweep; emits whether it was added.
     */
    Mono<Boolean> add(Delivery delivery, @Nullable String lease);

    default Mono<Boolean> add(Delivery delivery) {
        return add(delivery, null);
    }

    /** Takes a pending delivery whose attempt is due under a new lease, pushing its next attempt to {@code leaseUntil}. */
    Mono<Delivery> claimDue(String id, Instant now, Instant leaseUntil, String lease);

    /** Pending deliveries whose attempt is due, oldest due first. Reads the queue of pending deliveries only. */
    Flux<DueDelivery> due(Instant now, int limit);

    /** Leaves a due delivery alone until {@code until}, without an attempt (its endpoint refuses work for now). */
    Mono<Void> postpone(String id, Instant until);

    /**
     * Appends the attempt and writes the state that follows it, if {@code lease} still holds the pending
     * delivery; emits false, writing nothing, when it does not.
     */
    Mono<Boolean> recordAttempt(Delivery after, Attempt attempt, String lease);

    /** Cancels the delivery if it is still pending, whoever holds it; emits whether it was cancelled. */
    Mono<Boolean> cancel(String id);

    /** Cancels every pending delivery of the endpoint; emits how many. */
    Mono<Long> cancelPending(String endpointId);

    /** An endpoint's deliveries, newest first. */
    Flux<Delivery> ofEndpoint(EndpointOwner owner, String endpointId, int limit);
}
