package org.pepiniere.notifications.email;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The email queue. A claim is atomic: one attempt at a time holds an email until its lease ends. */
public interface Emails {

    /** Adds the email unless one with its id exists; emits whether it was added. */
    Mono<Boolean> add(Email email);

    /** Takes a pending email whose attempt is due, pushing its next attempt to {@code leaseUntil}. */
    Mono<Email> claimDue(String id, Instant now, Instant leaseUntil);

    /** Takes a pending email that waits for its recipient, whatever its due time. */
    Mono<Email> claimWaiting(String id, Instant leaseUntil);

    Flux<String> due(Instant now, int limit);

    Flux<String> waitingFor(String incubatorId, String recipientId);

    /** Writes the outcome of an attempt: status, failures, next attempt, error. */
    Mono<Void> update(Email email);
}
