package org.pepiniere.platform.outbox;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Shows the outbox in the health details: documents with pending events and parked events. It
 * stays UP when events are parked: they are stored and wait for an operator, and neither a restart
 * nor taking the instance out of service would publish them; the metric
 * {@code pepiniere.outbox.parked} is what an alert watches.
 */
public final class OutboxHealthIndicator implements HealthIndicator {

    private final OutboxStatus status;

    public OutboxHealthIndicator(OutboxStatus status) {
        this.status = status;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("pending", status.pending()).withDetail("parked", status.parked()).build();
    }
}
