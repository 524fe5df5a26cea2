package org.pepiniere.applications.applying;

/** Why the applications feature refused a command; the slug is the problem type a client can rely on. */
public enum Refusal {
    ALREADY_SUBMITTED("already-submitted", "This application was already submitted; it can no longer change."),
    CHANGED_MEANWHILE("changed-meanwhile", "The application changed since you read it; read it again and retry."),
    NOT_FOUND("not-found", "No such application.");

    private final String slug;
    private final String detail;

    Refusal(String slug, String detail) {
        this.slug = slug;
        this.detail = detail;
    }

    public String slug() {
        return slug;
    }

    public String detail() {
        return detail;
    }
}
