package org.pepiniere.gateway.identity;

import java.util.List;

/**
 * The rule a field of a form broke. The web adapter writes {@link #key()} in the caller's language with
 * {@link #arguments()}; the slug alone is what a client may rely on.
 */
public enum FieldRule {
    REQUIRED("required"),
    NOT_AN_EMAIL("not-an-email"),
    PASSWORD_TOO_SHORT("password-too-short", Password.MIN_LENGTH),
    PASSWORD_TOO_LONG("password-too-long", Password.MAX_LENGTH),
    PASSWORD_ONLY_SPACES("password-only-spaces"),
    NAME_TOO_LONG("name-too-long", DisplayName.MAX_LENGTH),
    NAME_NOT_ONE_LINE("name-not-one-line"),
    UNKNOWN_LANGUAGE("unknown-language"),
    NOT_A_SLUG("not-a-slug"),
    NO_ROLE("no-role"),
    NULL_ROLE("null-role"),
    ORGANISATION_REQUIRED("organisation-required"),
    NOT_A_PARTNER_BANK("not-a-partner-bank"),
    DESCRIPTION_TOO_LONG("description-too-long", PartnerBank.DESCRIPTION_MAX_LENGTH);

    private final String slug;
    private final List<Object> arguments;

    FieldRule(String slug, Object... arguments) {
        this.slug = slug;
        this.arguments = List.of(arguments);
    }

    public String slug() {
        return slug;
    }

    /** The key of the explanation in the gateway's problem texts. */
    public String key() {
        return "gateway.field." + slug;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
