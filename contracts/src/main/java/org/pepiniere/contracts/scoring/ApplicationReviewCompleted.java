package org.pepiniere.contracts.scoring;

import java.time.Instant;
import java.util.List;

import org.pepiniere.contracts.IntegrationEvent;

/**
 * Every juror assigned an application has scored it: its k reviews are in, and it can be ranked. Sent once per
 * application; revisions until the review deadline follow as {@link ApplicationScored} only.
 *
 * @param jurorIds the jurors whose scores completed the review, by user id
 * @param reviews  how many reviews the call asks per application (k)
 */
public record ApplicationReviewCompleted(
        String eventId,
        String applicationId,
        Instant occurredAt,
        String incubatorId,
        String callId,
        List<String> jurorIds,
        int reviews) implements IntegrationEvent {

    public ApplicationReviewCompleted {
        jurorIds = List.copyOf(jurorIds);
    }
}
