package org.pepiniere.applications.scoring.web;

import java.time.Instant;
import java.util.Map;

import org.pepiniere.applications.scoring.Score;

/** A score as its juror, and staff, read it; {@code revision} is also its ETag. */
record ScoreView(String applicationId, String callId, String jurorId, Map<String, Integer> marks, String comment,
        Instant scoredAt, long revision) {

    static ScoreView of(Score score) {
        return new ScoreView(score.applicationId(), score.callId(), score.jurorId(), score.marks(), score.comment(),
                score.scoredAt(), score.revision());
    }

    String etag() {
        return "\"" + revision + "\"";
    }
}
