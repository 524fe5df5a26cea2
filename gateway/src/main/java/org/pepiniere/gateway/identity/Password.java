package org.pepiniere.gateway.identity;

import java.util.Optional;

/** A password as typed; it never reaches a log or a document, only its hash does. */
public record Password(String value) {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    public Password {
        if (value == null) {
            throw new IllegalArgumentException("no password");
        }
    }

    /** Why a new password is refused, or empty when the policy accepts it. Lengths count characters, not bytes. */
    public static Optional<FieldRule> policyProblem(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.of(FieldRule.REQUIRED);
        }
        int length = raw.codePointCount(0, raw.length());
        if (length < MIN_LENGTH) {
            return Optional.of(FieldRule.PASSWORD_TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(FieldRule.PASSWORD_TOO_LONG);
        }
        if (raw.isBlank()) {
            return Optional.of(FieldRule.PASSWORD_ONLY_SPACES);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Password[redacted]";
    }
}
