package org.pepiniere.gateway.identity;

/** A stored password hash, prefixed with the name of its scheme so a later scheme can coexist. */
public record PasswordHash(String value) {

    public PasswordHash {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty password hash");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
