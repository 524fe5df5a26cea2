package org.pepiniere.applications.ranking;

/** A call ranked, or why it cannot be. */
public sealed interface RankingOutcome {

    record Ranked(CallRanking ranking) implements RankingOutcome {
    }

    record Refused(RankingRefusal refusal) implements RankingOutcome {
    }
}
