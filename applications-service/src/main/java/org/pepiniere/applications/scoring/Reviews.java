package org.pepiniere.applications.scoring;

import java.util.Set;

import org.pepiniere.contracts.scoring.ApplicationReviewCompleted;

import reactor.core.publisher.Mono;

/** The review progress of each application; each write is scoped to one incubator. */
public interface Reviews {

    /** Notes that the juror scored the application (again: no change); the progress with them in it. */
    Mono<ReviewProgress> scoredBy(String incubatorId, String callId, String applicationId, String jurorId);

    /**
     * Marks the review completed and stores its event in one write, only if it is not completed yet and every one of
     * {@code jurors} has scored; empty otherwise, so that of two last scores at once only one completes it.
     */
    Mono<ReviewProgress> complete(String incubatorId, String applicationId, Set<String> jurors,
            ApplicationReviewCompleted event);
}
