package org.pepiniere.gateway.identity;

/** The tenant: every user, document, event and token belongs to exactly one incubator. */
public record IncubatorId(String value) {

    public IncubatorId {
        if (!Slug.isValid(value)) {
            throw new IllegalArgumentException("incubator id must be " + Slug.RULE);
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
