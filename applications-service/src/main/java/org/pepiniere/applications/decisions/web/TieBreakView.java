package org.pepiniere.applications.decisions.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.decisions.TieBreak;

/** The draw as published: anyone redoes it from {@code seed} and {@code tied} by following {@code algorithm}. */
record TieBreakView(String callId, int seats, String seed, String algorithm, @Nullable Double cutScore, List<String> tied,
        List<String> order, Instant drawnAt) {

    static TieBreakView of(TieBreak tieBreak) {
        return new TieBreakView(tieBreak.callId(), tieBreak.seats(), tieBreak.seed(), TieBreak.ALGORITHM, tieBreak.cutScore(),
                tieBreak.tied(), tieBreak.order(), tieBreak.drawnAt());
    }
}
