package org.pepiniere.applications.scoring;

import org.jspecify.annotations.Nullable;

/**
 * A juror scores an application assigned to them, or revises their score.
 *
 * @param expectedRevision the revision the juror revises (If-Match); null for a first score
 */
public record ScoreApplication(String incubatorId, String applicationId, String jurorId, ScoreSheet sheet,
        @Nullable Long expectedRevision) {
}
