package org.pepiniere.applications.jury;

/** Why the jury of a call refused a request; {@link #slug()} is the stable problem type. */
public enum JuryRefusal {
    CALL_NOT_FOUND("call-not-found"),
    CALL_NOT_PUBLISHED("call-not-published"),
    APPLICATION_NOT_FOUND("application-not-found"),
    NOT_IN_POOL("not-in-jury-pool"),
    UNKNOWN_JUROR("unknown-juror"),
    DUPLICATE_JUROR("duplicate-juror"),
    UNKNOWN_APPLICATION("unknown-application"),
    EMPTY_POOL("empty-jury-pool"),
    NO_APPLICATIONS("no-submitted-applications"),
    PAIR_SCORED("pair-already-scored"),
    CHANGED_MEANWHILE("changed-meanwhile");

    private final String slug;

    JuryRefusal(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
