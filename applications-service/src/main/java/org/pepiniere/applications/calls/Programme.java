package org.pepiniere.applications.calls;

import org.jspecify.annotations.Nullable;

/**
 * What the selected start-ups join: the incubator's own incubation, or an acceleration track run with a
 * partner, named (for example "Village by CA").
 */
public record Programme(Kind kind, @Nullable String track) {

    public enum Kind {
        INCUBATION, ACCELERATION
    }

    static final int MAX_TRACK = 120;

    public Programme {
        if (kind == null) {
            throw new IllegalArgumentException("a programme has a kind");
        }
        track = track == null || track.isBlank() ? null : track.strip();
        if (kind == Kind.ACCELERATION && (track == null || track.length() > MAX_TRACK)) {
            throw new IllegalArgumentException("an acceleration track has a name of 1 to " + MAX_TRACK + " characters");
        }
        if (kind == Kind.INCUBATION && track != null) {
            throw new IllegalArgumentException("incubation has no track");
        }
    }

    public static Programme incubation() {
        return new Programme(Kind.INCUBATION, null);
    }

    public static Programme acceleration(String track) {
        return new Programme(Kind.ACCELERATION, track);
    }
}
