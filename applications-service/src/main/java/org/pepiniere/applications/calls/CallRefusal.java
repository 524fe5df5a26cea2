package org.pepiniere.applications.calls;

/**
 * Why a command on a call was refused; the slug is the problem type a client can rely on, and
 * {@code calls.<slug>} the key of its explanation in the service's problem texts.
 */
public enum CallRefusal {
    NOT_FOUND("call-not-found"),
    NOT_A_DRAFT("call-not-draft"),
    NOT_OPEN("call-not-open"),
    CHANGED_MEANWHILE("changed-meanwhile"),
    WITHOUT_GRID("call-without-grid"),
    CLOSING_PASSED("call-closing-passed");

    private final String slug;

    CallRefusal(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
