package org.pepiniere.gateway.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An email address, lower-cased so that one person cannot hold two accounts by changing case. */
public record Email(String value) {

    // The practical subset of RFC 5321 that mail servers accept; quoted local parts are refused.
    private static final Pattern FORMAT = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;

    public Email {
        value = normalise(value);
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not an email address");
        }
    }

    public static Optional<Email> parse(String raw) {
        return raw != null && isWellFormed(normalise(raw)) ? Optional.of(new Email(raw)) : Optional.empty();
    }

    private static String normalise(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isWellFormed(String value) {
        return value.length() <= MAX_LENGTH
                && value.indexOf('@') <= MAX_LOCAL_LENGTH
                && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
