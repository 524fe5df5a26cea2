package org.pepiniere.applications.scoring;

/** Why a score was refused; {@link #slug()} is the stable problem type. */
public enum ScoreRefusal {
    /** Not an application assigned to this juror now, or none at all: the juror learns nothing more. */
    APPLICATION_NOT_FOUND("application-not-found"),
    /** The juror has no score of this application yet. */
    SCORE_NOT_FOUND("score-not-found"),
    /** The juror declared a conflict with the application: they no longer review it. */
    CONFLICT_DECLARED("conflict-declared"),
    /** The call's review deadline has passed: scores are final. */
    DEADLINE_PASSED("review-deadline-passed"),
    /** The sheet does not fit the grid; the fields say how. */
    INVALID_SHEET("invalid-request"),
    /** A revision must name the revision it revises. */
    REVISION_REQUIRED("precondition-required"),
    /** The score changed since the revision named, in another tab for example. */
    CHANGED_MEANWHILE("changed-meanwhile");

    private final String slug;

    ScoreRefusal(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
