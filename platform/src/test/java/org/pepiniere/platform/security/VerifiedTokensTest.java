package org.pepiniere.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private final AtomicInteger decoded = new AtomicInteger();
    private final ReactiveJwtDecoder verifying = token -> {
        decoded.incrementAndGet();
        if (token.startsWith("forged")) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("founder-1")
                .issuedAt(NOW.minusSeconds(60)).expiresAt(NOW.plus(Duration.ofMinutes(15))).build());
    };

    @Test
    void verifiesAGivenTokenOnlyOnce() {
        var tokens = new VerifiedTokens(verifying, clockAt(NOW), 100, Duration.ofMinutes(5));

        tokens.decode("token-a").block();
        Jwt second = tokens.decode("token-a").block();

        assertThat(second.getSubject()).isEqualTo("founder-1");
        assertThat(decoded).hasValue(1);
    }

    @Test
    void verifiesAgainATokenThatHasExpiredSinceItWasKept() {
        var clock = new AdjustableClock(NOW);
        var tokens = new VerifiedTokens(verifying, clock, 100, Duration.ofHours(1));
        tokens.decode("token-a").block();

        clock.now = NOW.plus(Duration.ofMinutes(16));
        tokens.decode("token-a").block();

        assertThat(decoded).hasValue(2);
    }

    @Test
    void neverKeepsARefusedToken() {
        var tokens = new VerifiedTokens(verifying, clockAt(NOW), 100, Duration.ofMinutes(5));

        StepVerifier.create(tokens.decode("forged-token")).expectError(BadJwtException.class).verify();
        StepVerifier.create(tokens.decode("forged-token")).expectError(BadJwtException.class).verify();

        assertThat(decoded).hasValue(2);
    }

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static final class AdjustableClock extends Clock {

        private Instant now;

        AdjustableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
