package org.pepiniere.applications.applying;

/**
 * Why the applications feature refused a command; the slug is the problem type a client can rely on,
 * and {@code applications.<slug>} the key of its explanation in the service's problem texts.
 */
public enum Refusal {
    ALREADY_SUBMITTED("already-submitted"),
    ALREADY_WITHDRAWN("already-withdrawn"),
    CHANGED_MEANWHILE("changed-meanwhile"),
    CALL_CHANGED("call-changed"),
    CALL_NOT_OPEN("call-not-open"),
    NOT_FOUND("not-found");

    private final String slug;

    Refusal(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
