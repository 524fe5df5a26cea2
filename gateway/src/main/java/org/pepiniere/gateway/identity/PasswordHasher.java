package org.pepiniere.gateway.identity;

import reactor.core.publisher.Mono;

/**
 * Slow, salted password hashing, done away from the threads that serve requests. Every method fails
 * with {@link HashingBusy} when too much hashing is already waiting.
 */
public interface PasswordHasher {

    Mono<PasswordHash> hash(Password password);

    Mono<Boolean> matches(Password password, PasswordHash hash);

    /**
     * Spends the same time as {@link #matches} and answers false: for an unknown email address, so
     * that timing does not tell which addresses have an account.
     */
    Mono<Boolean> matchesNothing(Password password);
}
