package org.pepiniere.applications.calls;

import java.util.List;

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

    /**
     * The programme a request names, or, when its track does not suit its kind, a refusal added to {@code refused} on
     * {@code programme.track} and a stand-in, so that the request's other rules are still checked and every refused
     * field named at once.
     */
    public static Programme checked(Kind kind, @Nullable String track, List<Violation> refused) {
        boolean hasTrack = track != null && !track.isBlank();
        if (kind == Kind.ACCELERATION && !hasTrack) {
            refused.add(new Violation("programme.track", "calls.field.track-required", List.of()));
        } else if (kind == Kind.INCUBATION && hasTrack) {
            refused.add(new Violation("programme.track", "calls.field.track-incubation", List.of()));
        } else {
            return new Programme(kind, track);
        }
        return incubation();
    }

    public static Programme incubation() {
        return new Programme(Kind.INCUBATION, null);
    }

    public static Programme acceleration(String track) {
        return new Programme(Kind.ACCELERATION, track);
    }
}
