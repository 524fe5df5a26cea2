package org.pepiniere.notifications.webhooks.config;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pepiniere.webhooks.*}.
 *
 * @param allowedHosts  hosts that may be targeted even though they are loopback or private (local receivers); empty by default
 * @param retryDelays   waits after the 1st, 2nd, ... failed attempt; after the last one the delivery fails for good
 * @param lease         how long one attempt holds a delivery before another process may take it over
 * @param referenceKey  base64 key (32 bytes or more) of the opaque start-up references; generated and kept in MongoDB when absent
 */
@ConfigurationProperties("pepiniere.webhooks")
public record WebhooksProperties(
        @DefaultValue("") List<String> allowedHosts,
        @DefaultValue({"5s", "30s", "2m", "10m", "1h", "6h"}) List<Duration> retryDelays,
        @DefaultValue("5s") Duration sweepInterval,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration responseTimeout,
        @DefaultValue("1m") Duration lease,
        @Nullable String referenceKey) {
}
