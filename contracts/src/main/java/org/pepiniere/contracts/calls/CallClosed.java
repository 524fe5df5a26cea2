package org.pepiniere.contracts.calls;

import java.time.Instant;

import org.pepiniere.contracts.IntegrationEvent;

/**
 * Staff closed a call: it takes no more applications, and its review runs until {@code reviewDeadline}.
 *
 * @param occurredAt when the call was closed, which may differ from the closing instant it announced
 */
public record CallClosed(
        String eventId,
        String callId,
        Instant occurredAt,
        String incubatorId,
        String titleFr,
        String titleEn,
        String programme,
        String track,
        Instant reviewDeadline) implements IntegrationEvent {
}
