package org.pepiniere.gateway.identity;

/** Why the identity provider refused a command; the slug is the problem type a client can rely on. */
public enum Refusal {
    EMAIL_TAKEN("email-taken", "An account with this email address already exists."),
    UNKNOWN_INCUBATOR("unknown-incubator", "No incubator with this id."),
    STAFF_ONLY("forbidden", "Only staff of the incubator can create users."),
    WRONG_CREDENTIALS("invalid-credentials", "The email address or the password is wrong.");

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
