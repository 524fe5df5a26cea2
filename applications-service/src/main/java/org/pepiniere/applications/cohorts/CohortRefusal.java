package org.pepiniere.applications.cohorts;

/**
 * Why a command on a cohort was refused; the slug is the problem type a client can rely on, and
 * {@code cohorts.<slug>} the key of its explanation in the service's problem texts.
 */
public enum CohortRefusal {
    NOT_FOUND("cohort-not-found"),
    STARTED("cohort-started"),
    CHANGED_MEANWHILE("changed-meanwhile");

    private final String slug;

    CohortRefusal(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
