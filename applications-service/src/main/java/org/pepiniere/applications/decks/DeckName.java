package org.pepiniere.applications.decks;

import org.jspecify.annotations.Nullable;

/** The file name a founder's deck is downloaded under: theirs, without paths nor control characters. */
final class DeckName {

    private static final int MAX_LENGTH = 120;

    static @Nullable String cleaned(@Nullable String filename) {
        if (filename == null) {
            return null;
        }
        String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return null;
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH)).strip();
        }
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
    }

    private DeckName() {
    }
}
