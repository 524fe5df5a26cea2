package org.pepiniere.applications.scoring.web;

import java.time.Instant;

import org.pepiniere.applications.scoring.Score;

/** That a juror has scored an application, for their list: no marks, no comment. */
record ScoredView(String applicationId, String callId, long revision, Instant scoredAt) {

    static ScoredView of(Score score) {
        return new ScoredView(score.applicationId(), score.callId(), score.revision(), score.scoredAt());
    }
}
