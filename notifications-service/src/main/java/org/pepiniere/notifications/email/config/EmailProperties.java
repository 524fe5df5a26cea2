package org.pepiniere.notifications.email.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pepiniere.mail.*}: the sender and the patience of the email queue.
 *
 * @param from          the From header, e.g. {@code Pépinière <no-reply@pepiniere.local>}
 * @param retryDelays   waits after the 1st, 2nd, ... failed SMTP attempt; then the email is given up
 * @param recipientWait wait before looking again for a recipient not yet in the people projection
 */
@ConfigurationProperties("pepiniere.mail")
public record EmailProperties(
        @DefaultValue("Pépinière <no-reply@pepiniere.local>") String from,
        @DefaultValue("pepiniere.local") String messageIdDomain,
        @DefaultValue({"30s", "2m", "10m", "1h", "6h"}) List<Duration> retryDelays,
        @DefaultValue("1m") Duration recipientWait,
        @DefaultValue("7d") Duration recipientGiveUp,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("10s") Duration sweepInterval) {
}
