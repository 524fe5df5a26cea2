package org.pepiniere.gateway.identity.wiring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tokenLifetime  how long an access token stays valid
 * @param bcryptStrength log2 of the BCrypt rounds
 * @param demoAccounts   whether the demo users, whose password the README publishes, are created at start;
 *                       only the launcher turns them on
 * @param rateLimits     how often one address or one account may try to log in or register
 * @param hashing        the threads that hash passwords and how much work may wait for them
 */
@ConfigurationProperties("pepiniere.identity")
record IdentityProperties(
        @DefaultValue("1h") Duration tokenLifetime,
        @DefaultValue("10") int bcryptStrength,
        @DefaultValue("false") boolean demoAccounts,
        @DefaultValue RateLimits rateLimits,
        @DefaultValue Hashing hashing) {

    /**
     * Attempts allowed per {@code period}; 0 turns one limit off, {@code enabled=false} all of them.
     *
     * @param maxTrackedKeys    how many addresses and accounts are remembered at most
     * @param trustForwardedFor read the client address from {@code X-Forwarded-For}: only behind a proxy that sets it
     */
    record RateLimits(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("30") int loginPerAddress,
            @DefaultValue("10") int loginPerAccount,
            @DefaultValue("5") int registrationPerAddress,
            @DefaultValue("5") int registrationPerAccount,
            @DefaultValue("1m") Duration period,
            @DefaultValue("100000") long maxTrackedKeys,
            @DefaultValue("false") boolean trustForwardedFor) {
    }

    /**
     * @param threads 0 for one per available core
     * @param queue   hashes that may wait for a thread; more are refused with 503
     */
    record Hashing(@DefaultValue("0") int threads, @DefaultValue("64") int queue) {
    }
}
