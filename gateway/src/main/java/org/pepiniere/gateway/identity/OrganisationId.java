package org.pepiniere.gateway.identity;

/** A partner organisation (a bank, a company, a school) a user belongs to. */
public record OrganisationId(String value) {

    public OrganisationId {
        if (!Slug.isValid(value)) {
            throw new IllegalArgumentException("organisation id must be " + Slug.RULE);
        }
    }

    public static boolean isValid(String value) {
        return Slug.isValid(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
