package org.pepiniere.gateway.identity;

import java.util.regex.Pattern;

/** The shape of the identifiers people choose for incubators and organisations. */
final class Slug {

    static final String RULE = "1 to 64 lower-case letters, digits or '-'";

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    private Slug() {
    }
}
