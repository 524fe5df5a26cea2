package org.pepiniere.applications.scoring;

import java.time.Instant;
import java.util.Map;

/**
 * One juror's score of one application: a mark per criterion of the call's grid and a comment. One per application
 * and juror, so that it is written alone, and revised in place.
 *
 * @param scoredAt when the latest revision was saved
 * @param revision 1 for the first score, one more per revision: the optimistic lock and the HTTP ETag
 */
public record Score(String incubatorId, String callId, String applicationId, String jurorId, Map<String, Integer> marks,
        String comment, Instant scoredAt, long revision) {

    public Score {
        marks = Map.copyOf(marks);
        if (revision < 1) {
            throw new IllegalArgumentException("a score's first revision is 1");
        }
    }

    /** The stored id: the pair itself, so that a juror has one score per application whatever happens. */
    public static String id(String applicationId, String jurorId) {
        return applicationId + ":" + jurorId;
    }

    public String id() {
        return id(applicationId, jurorId);
    }

    public static Score first(String incubatorId, String callId, String applicationId, String jurorId,
            Map<String, Integer> marks, String comment, Instant now) {
        return new Score(incubatorId, callId, applicationId, jurorId, marks, comment, now, 1);
    }

    public Score revisedTo(Map<String, Integer> newMarks, String newComment, Instant now) {
        return new Score(incubatorId, callId, applicationId, jurorId, newMarks, newComment, now, revision + 1);
    }
}
