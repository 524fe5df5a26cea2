package org.pepiniere.gateway.identity;

/**
 * Why the identity provider refused a command; the slug is the problem type a client can rely on, and
 * {@link #key()} the key of its explanation in the gateway's problem texts.
 */
public enum Refusal {
    EMAIL_TAKEN("email-taken"),
    UNKNOWN_INCUBATOR("unknown-incubator"),
    STAFF_ONLY("forbidden"),
    WRONG_CREDENTIALS("invalid-credentials"),
    BANKS_STAFF_ONLY("forbidden"),
    PARTNER_BANK_TAKEN("partner-bank-taken"),
    UNKNOWN_PARTNER_BANK("partner-bank-not-found");

    private final String slug;

    Refusal(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public String key() {
        return "gateway." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
