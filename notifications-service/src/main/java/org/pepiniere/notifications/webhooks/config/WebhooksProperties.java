package org.pepiniere.notifications.webhooks.config;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pepiniere.webhooks.*}.
 *
 * @param allowedHosts      hosts that may be targeted even though they are loopback or private (local receivers); empty by default
 * @param retryDelays       waits after the 1st, 2nd, ... failed attempt; after the last one the delivery fails for good
 * @param attemptTimeout    the longest one attempt waits for a receiver, whatever the transport does
 * @param lease             how long one attempt holds a delivery before another process may take it over; longer than an attempt
 * @param endpointsFreshFor how long an incubator's endpoint list is reused; a change made by another replica shows within it
 * @param breaker           the per-endpoint circuit breaker and the bounds on attempts in flight
 * @param referenceKey      base64 key (32 bytes or more) of the opaque start-up references; generated and kept in MongoDB when absent
 */
@ConfigurationProperties("pepiniere.webhooks")
public record WebhooksProperties(
        @DefaultValue("") List<String> allowedHosts,
        @DefaultValue({"5s", "30s", "2m", "10m", "1h", "6h"}) List<Duration> retryDelays,
        @DefaultValue("5s") Duration sweepInterval,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration responseTimeout,
        @DefaultValue("10s") Duration attemptTimeout,
        @DefaultValue("1m") Duration lease,
        @DefaultValue("1s") Duration endpointsFreshFor,
        @DefaultValue Breaker breaker,
        @Nullable String referenceKey) {

    /**
     * @param window                 attempts to an endpoint its failure rate is computed over
     * @param failureRatePercent     failure rate that opens the endpoint's circuit
     * @param openFor                how long an open circuit refuses attempts before one trial
     * @param maxInFlight            attempts in flight at most, all endpoints together
     * @param maxInFlightPerEndpoint attempts in flight at most to one endpoint
     */
    public record Breaker(
            @DefaultValue("10") int window,
            @DefaultValue("50") float failureRatePercent,
            @DefaultValue("30s") Duration openFor,
            @DefaultValue("64") int maxInFlight,
            @DefaultValue("8") int maxInFlightPerEndpoint) {
    }
}
