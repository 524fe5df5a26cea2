package org.pepiniere.gateway.identity;

/** How a person is named to others: one line of visible text. */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 120;

    public DisplayName {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        value = value.strip();
    }

    /** Why a name is refused, or null. */
    public static String problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return "required";
        }
        String value = raw.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            return "must have at most " + MAX_LENGTH + " characters";
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            return "must be a single line without control characters";
        }
        return null;
    }
}
