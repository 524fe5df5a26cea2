package org.pepiniere.applications.applying;

/** Why the applications feature refused a command; the slug is the problem type a client can rely on. */
public enum Refusal {
    ALREADY_SUBMITTED("already-submitted",
            "Cette candidature a déjà été soumise ; elle ne peut plus changer.",
            "This application was already submitted; it can no longer change."),
    CHANGED_MEANWHILE("changed-meanwhile",
            "La candidature a changé depuis votre lecture ; relisez-la puis réessayez.",
            "The application changed since you read it; read it again and retry."),
    NOT_FOUND("not-found", "Candidature introuvable.", "No such application.");

    private final String slug;
    private final String french;
    private final String english;

    Refusal(String slug, String french, String english) {
        this.slug = slug;
        this.french = french;
        this.english = english;
    }

    public String slug() {
        return slug;
    }

    /** The explanation for a person, in {@code fr} (the default) or {@code en}. */
    public String detail(String language) {
        return "en".equals(language) ? english : french;
    }
}
