package org.pepiniere.applications.scoring;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a juror sends: a mark per criterion and a comment, not yet checked against the call's grid.
 *
 * @param marks by criterion id; a null mark is a missing one
 */
public record ScoreSheet(Map<String, @Nullable Integer> marks, @Nullable String comment) {

    /** Long enough for a reasoned opinion, short enough to read in a ranking. */
    public static final int LONGEST_COMMENT = 4_000;
}
