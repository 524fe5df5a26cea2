package org.pepiniere.applications.ranking;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One juror's marks for one application, as the scoring stores them: a whole number per criterion of the grid.
 *
 * @param marks criterion id to mark; a criterion left out is left out of the weighted score too
 */
public record JurorScore(String applicationId, String jurorId, Map<String, Integer> marks, String comment,
        @Nullable Instant scoredAt) {

    public JurorScore {
        if (applicationId == null || jurorId == null) {
            throw new IllegalArgumentException("a score names its application and its juror");
        }
        marks = Map.copyOf(marks);
        comment = comment == null ? "" : comment;
    }
}
