package org.pepiniere.notifications.email;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The emails, and the queue of those still pending. An attempt holds an email under a lease token;
 * only the holder of the current lease may write its outcome, so an attempt that outlived its lease
 * writes nothing.
 */
public interface Emails {

    /**
     * Adds the email unless one with its id exists, held by {@code lease} (until its next attempt time) or,
     * when null, free for the next sweep; emits whether it was added.
     */
    Mono<Boolean> add(Email email, @Nullable String lease);

    default Mono<Boolean> add(Email email) {
        return add(email, null);
    }

    /** Takes a pending email whose attempt is due under a new lease, pushing its next attempt to {@code leaseUntil}. */
    Mono<Email> claimDue(String id, Instant now, Instant leaseUntil, String lease);

    /** Takes a pending email that waits for its recipient, whatever its due time, under a new lease. */
    Mono<Email> claimWaiting(String id, Instant leaseUntil, String lease);

    /** Pending emails whose attempt is due. Reads the queue of pending emails only. */
    Flux<String> due(Instant now, int limit);

    /** Pending emails waiting for that recipient. Reads the queue of pending emails only. */
    Flux<String> waitingFor(String incubatorId, String recipientId);

    /** Writes the outcome of an attempt if {@code lease} still holds the pending email; emits false, writing nothing, otherwise. */
    Mono<Boolean> update(Email email, String lease);
}
