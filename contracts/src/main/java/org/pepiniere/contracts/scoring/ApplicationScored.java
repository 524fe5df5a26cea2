package org.pepiniere.contracts.scoring;

import java.time.Instant;
import java.util.Map;

import org.pepiniere.contracts.IntegrationEvent;

/**
 * A juror scored an application on its call's grid, for the first time or as a revision. Sent for every accepted
 * score; consumers keep, per application and juror, the highest {@code revision}. The juror's comment stays in the
 * service: it is read there, by staff, not broadcast.
 *
 * @param jurorId  the juror's user id
 * @param revision 1 for the first score, then one more per revision
 * @param marks    the mark given to each criterion of the grid, by criterion id
 */
public record ApplicationScored(
        String eventId,
        String applicationId,
        Instant occurredAt,
        String incubatorId,
        String callId,
        String jurorId,
        long revision,
        Map<String, Integer> marks) implements IntegrationEvent {

    public ApplicationScored {
        marks = Map.copyOf(marks);
    }
}
