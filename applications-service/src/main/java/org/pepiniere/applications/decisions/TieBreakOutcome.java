package org.pepiniere.applications.decisions;

/** A tie-break drawn and stored, or refused and why. */
public sealed interface TieBreakOutcome {

    record Drawn(TieBreak tieBreak) implements TieBreakOutcome {
    }

    record Refused(DecisionOutcome.Refused refusal) implements TieBreakOutcome {
    }
}
