package org.pepiniere.applications.calls;

/** A text every person reads, written in French and in English (French first: the default language). */
public record Bilingual(String fr, String en) {

    /** No text of a call is longer than a description. */
    static final int LONGEST = 10_000;

    public Bilingual {
        if (fr == null || en == null || fr.isBlank() || en.isBlank() || fr.length() > LONGEST || en.length() > LONGEST) {
            throw new IllegalArgumentException("a text is written in French and in English, 1 to " + LONGEST + " characters each");
        }
        fr = fr.strip();
        en = en.strip();
    }

    boolean longerThan(int max) {
        return fr.length() > max || en.length() > max;
    }
}
