package org.pepiniere.notifications.webhooks.resilience;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.pepiniere.notifications.webhooks.Attempt;
import org.pepiniere.notifications.webhooks.EndpointGates;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * Bounds attempts in flight overall and per endpoint, and keeps a Resilience4j circuit breaker per
 * endpoint: after enough failed attempts the endpoint gets none for {@code openFor}, then one trial.
 * A failed attempt is any answer but 2xx, a timeout included.
 */
public final class BreakingEndpointGates implements EndpointGates {

    private final CircuitBreakerRegistry breakers;
    private final Duration openFor;
    private final int maxInFlight;
    private final int maxInFlightPerEndpoint;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<String, AtomicInteger> inFlightByEndpoint = new ConcurrentHashMap<>();

    public BreakingEndpointGates(GateSettings settings) {
        this.openFor = settings.openFor();
        this.maxInFlight = settings.maxInFlight();
        this.maxInFlightPerEndpoint = settings.maxInFlightPerEndpoint();
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.window())
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .build());
    }

    @Override
    public Entry enter(String endpointId) {
        var breaker = breakers.circuitBreaker(endpointId);
        var ofEndpoint = inFlightByEndpoint.computeIfAbsent(endpointId, id -> new AtomicInteger());
        if (!take(inFlight, maxInFlight)) {
            return new Closed(Duration.ZERO);
        }
        if (!take(ofEndpoint, maxInFlightPerEndpoint)) {
            inFlight.decrementAndGet();
            return new Closed(Duration.ZERO);
        }
        if (!breaker.tryAcquirePermission()) {
            ofEndpoint.decrementAndGet();
            inFlight.decrementAndGet();
            return new Closed(openFor);
        }
        return new GatePass(breaker, ofEndpoint);
    }

    public CircuitBreaker.State state(String endpointId) {
        return breakers.circuitBreaker(endpointId).getState();
    }

    private static boolean take(AtomicInteger counter, int max) {
        return counter.getAndUpdate(current -> current < max ? current + 1 : current) < max;
    }

    private final class GatePass implements Pass {

        private final CircuitBreaker breaker;
        private final AtomicInteger ofEndpoint;
        private final AtomicBoolean ended = new AtomicBoolean();

        GatePass(CircuitBreaker breaker, AtomicInteger ofEndpoint) {
            this.breaker = breaker;
            this.ofEndpoint = ofEndpoint;
        }

        @Override
        public void completed(Attempt attempt) {
            if (end()) {
                if (attempt.succeeded()) {
                    breaker.onSuccess(attempt.durationMillis(), TimeUnit.MILLISECONDS);
                } else {
                    breaker.onError(attempt.durationMillis(), TimeUnit.MILLISECONDS, new FailedAttempt(attempt));
                }
            }
        }

        @Override
        public void abandoned() {
            if (end()) {
                breaker.releasePermission();
            }
        }

        private boolean end() {
            if (!ended.compareAndSet(false, true)) {
                return false;
            }
            ofEndpoint.decrementAndGet();
            inFlight.decrementAndGet();
            return true;
        }
    }

    private static final class FailedAttempt extends RuntimeException {

        FailedAttempt(Attempt attempt) {
            super(attempt.error() != null ? attempt.error() : "HTTP " + attempt.httpStatus(), null, false, false);
        }
    }

    /**
     * @param window                 attempts the failure rate is computed over (and needed before it counts)
     * @param failureRatePercent     failure rate at which the circuit opens
     * @param openFor                how long an open circuit refuses attempts before letting one through
     * @param maxInFlight            attempts in flight at most, all endpoints together
     * @param maxInFlightPerEndpoint attempts in flight at most to one endpoint
     */
    public record GateSettings(int window, float failureRatePercent, Duration openFor, int maxInFlight, int maxInFlightPerEndpoint) {
    }
}
