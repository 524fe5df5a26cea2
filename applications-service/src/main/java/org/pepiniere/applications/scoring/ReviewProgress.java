package org.pepiniere.applications.scoring;

import java.util.Set;

/**
 * How far the review of one application has come: the jurors who have scored it, and whether it completed. Its own
 * document, so that "all scores are in" is decided by one conditional write on it.
 */
public record ReviewProgress(String applicationId, String incubatorId, String callId, Set<String> scoredBy,
        boolean completed) {

    public ReviewProgress {
        scoredBy = Set.copyOf(scoredBy);
    }

    /** Whether every one of the application's jurors, as many as the call asks, has scored it. */
    public boolean completedBy(Set<String> jurors, int reviewsPerApplication) {
        return !completed && jurors.size() >= reviewsPerApplication && scoredBy.containsAll(jurors);
    }
}
