package org.pepiniere.applications.decisions;

import reactor.core.publisher.Mono;

/** Whether the review of an application is completed, as the scoring recorded it. */
public interface CompletedReviews {

    Mono<Boolean> isCompleted(String incubatorId, String applicationId);
}
