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
    public static Optional<String> policyProblem(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.of("required");
        }
        int length = raw.codePointCount(0, raw.length());
        if (length < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("must have at most " + MAX_LENGTH + " characters");
        }
        if (raw.isBlank()) {
            return Optional.of("must not be only spaces");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Password[redacted]";
    }
}
