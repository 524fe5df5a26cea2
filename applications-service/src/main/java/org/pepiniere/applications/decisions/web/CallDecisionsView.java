package org.pepiniere.applications.decisions.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A call's decisions and its tie-break.
 *
 * @param tieBreak  the draw in force, the last one; null before any draw
 * @param tieBreaks every draw, newest first, so that a draw redone until it suits someone stays visible
 */
record CallDecisionsView(String callId, List<DecisionView> decisions, @Nullable TieBreakView tieBreak,
        List<TieBreakView> tieBreaks) {
}
