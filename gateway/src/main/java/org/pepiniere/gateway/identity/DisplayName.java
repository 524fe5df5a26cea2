package org.pepiniere.gateway.identity;

/** How a person is named to others: one line of visible text. */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 120;

    public DisplayName {
        FieldRule problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("display name: " + problem.slug());
        }
        value = value.strip();
    }

    /** Why a name is refused, or null. */
    public static FieldRule problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return FieldRule.REQUIRED;
        }
        String value = raw.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            return FieldRule.NAME_TOO_LONG;
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            return FieldRule.NAME_NOT_ONE_LINE;
        }
        return null;
    }
}
