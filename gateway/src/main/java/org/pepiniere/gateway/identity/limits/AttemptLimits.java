package org.pepiniere.gateway.identity.limits;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;

/**
 * How many logins and registrations one client address or one account may attempt in a period: a token
 * bucket per key, refilled in full at the end of each period, so "10 a minute" means what it says. Buckets are forgotten once idle for a whole period (they would be full
 * again anyway) and their number is capped, so a flood of distinct keys cannot fill the memory.
 */
public final class AttemptLimits {

    public enum Kind {
        LOGIN_BY_ADDRESS, LOGIN_BY_ACCOUNT, REGISTRATION_BY_ADDRESS, REGISTRATION_BY_ACCOUNT
    }

    /** {@code attempts} in every {@code period}; 0 attempts means no limit. */
    public record Limit(int attempts, Duration period) {
    }

    private final Map<Kind, Limit> limits;
    private final Cache<String, Bucket> buckets;

    public AttemptLimits(Map<Kind, Limit> limits, long maxTrackedKeys) {
        this.limits = new EnumMap<>(limits);
        Duration longest = limits.values().stream().map(Limit::period).max(Duration::compareTo).orElse(Duration.ofMinutes(1));
        this.buckets = Caffeine.newBuilder().maximumSize(maxTrackedKeys).expireAfterAccess(longest).build();
    }

    /** Counts one attempt; empty when it is allowed, else how long to wait before the next one is. */
    public Optional<Duration> attempt(Kind kind, String key) {
        Limit limit = limits.get(kind);
        if (limit == null || limit.attempts() <= 0) {
            return Optional.empty();
        }
        Bucket bucket = buckets.get(kind + " " + key, unused -> Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.attempts()).refillIntervally(limit.attempts(), limit.period()))
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
