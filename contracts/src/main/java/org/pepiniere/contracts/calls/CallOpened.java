package org.pepiniere.contracts.calls;

import java.time.Instant;

import org.pepiniere.contracts.IntegrationEvent;

/**
 * Staff opened a call for applications: founders of the incubator may now apply to it. Carries what a
 * notification or a later service shows about the call without asking for it; its grid and questions
 * stay in the applications service.
 *
 * @param track                 the acceleration track's name (e.g. "Village by CA"), null for incubation
 * @param reviewsPerApplication k, the number of jurors who review each application
 */
public record CallOpened(
        String eventId,
        String callId,
        Instant occurredAt,
        String incubatorId,
        String titleFr,
        String titleEn,
        String programme,
        String track,
        Instant opensAt,
        Instant closesAt,
        Instant reviewDeadline,
        int seats,
        int reviewsPerApplication,
        boolean blindReview) implements IntegrationEvent {
}
