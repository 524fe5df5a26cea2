package org.pepiniere.applications.jury;

/** The least and the most applications one juror reviews. */
public record LoadRange(int min, int max) {

    public LoadRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("a load range needs 0 <= min <= max, not [" + min + ", " + max + "]");
        }
    }
}
