package org.pepiniere.gateway.routing.wiring;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param timeout          how long a service may take to answer before the caller gets a 504
 * @param maxBodySize      the largest request body accepted by default
 * @param bodySizeOverrides larger (or smaller) limits for some paths, such as a future pitch-deck upload
 * @param circuitBreaker   when to stop calling a failing service for a while
 */
@ConfigurationProperties("pepiniere.gateway")
record GatewayLimits(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue List<BodySizeOverride> bodySizeOverrides,
        @DefaultValue CircuitBreakerLimits circuitBreaker) {

    /** @param path a path pattern such as {@code /api/applications/{id}/pitch-deck} */
    record BodySizeOverride(String path, DataSize maxSize) {
    }

    record CircuitBreakerLimits(
            @DefaultValue("20") int slidingWindowSize,
            @DefaultValue("10") int minimumNumberOfCalls,
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("10s") Duration waitDurationInOpenState) {
    }
}
