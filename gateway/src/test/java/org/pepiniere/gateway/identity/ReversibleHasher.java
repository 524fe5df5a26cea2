package org.pepiniere.gateway.identity;

import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

/** A hasher that is fast and transparent, counting the hashes and comparisons it makes. */
class ReversibleHasher implements PasswordHasher {

    final AtomicInteger comparisons = new AtomicInteger();
    final AtomicInteger hashes = new AtomicInteger();

    @Override
    public Mono<PasswordHash> hash(Password password) {
        hashes.incrementAndGet();
        return Mono.just(new PasswordHash("plain:" + password.value()));
    }

    @Override
    public Mono<Boolean> matches(Password password, PasswordHash hash) {
        comparisons.incrementAndGet();
        return Mono.just(hash.value().equals("plain:" + password.value()));
    }

    @Override
    public Mono<Boolean> matchesNothing(Password password) {
        comparisons.incrementAndGet();
        return Mono.just(false);
    }
}
