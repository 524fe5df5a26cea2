package org.pepiniere.platform.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import reactor.core.publisher.Mono;

/**
 * Remembers the tokens a decoder has already verified, until they expire. A founder's session sends
 * the same token with every request, and each request is checked by the gateway and again by the
 * service: an RS256 signature check is the largest share of a request's CPU, so verifying a given
 * token once per process is worth a bounded cache. Only tokens that passed every check (signature,
 * dates, issuer, audience, user and tenant) are kept, keyed by their whole text, and a kept token is
 * returned only while it has not expired; a failed decode is never kept, so a refusal costs the same
 * every time.
 */
public final class VerifiedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokens(ReactiveJwtDecoder decoder, Clock clock, long maximumSize, Duration keepAtMost) {
        this.decoder = decoder;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(keepAtMost).build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null && stillValid(known)) {
            return Mono.just(known);
        }
        return decoder.decode(token).doOnNext(jwt -> {
            if (stillValid(jwt)) {
                verified.put(token, jwt);
            }
        });
    }

    private boolean stillValid(Jwt jwt) {
        return jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt())
                && (jwt.getNotBefore() == null || !clock.instant().isBefore(jwt.getNotBefore()));
    }
}
