package org.pepiniere.contracts.jury;

import java.time.Instant;
import java.util.List;

import org.pepiniere.contracts.IntegrationEvent;

/**
 * Staff ran the jury assignment of a call and it was saved: every submitted application has its k jurors. A re-run
 * announces the whole new assignment again, with a higher {@code version}; consumers keep the highest.
 * No personal data: jurors are named by their user id only.
 *
 * @param runId the run that chose these pairs
 * @param version the version of the call's assignment this run saved
 */
public record JurorsAssigned(
        String eventId,
        String callId,
        Instant occurredAt,
        String incubatorId,
        String runId,
        long version,
        List<AssignedPair> pairs) implements IntegrationEvent {

    public JurorsAssigned {
        pairs = List.copyOf(pairs);
    }

    /** One application and one of its jurors. */
    public record AssignedPair(String applicationId, String jurorId) {
    }
}
