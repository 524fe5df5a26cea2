package org.pepiniere.applications.decisions;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.pepiniere.applications.ranking.RankingACall;
import org.pepiniere.applications.ranking.RankingOutcome;
import org.pepiniere.applications.ranking.RankingRefusal;

import reactor.core.publisher.Mono;

/**
 * Staff draw the tie-break at the admission cut of a call's calibrated order, for the number of seats they name. A
 * fresh seed comes from the generator given (a secure random source in production), and the draw is stored as the
 * call's last tie-break, so that the seed and the list are published with the decisions and anyone can redo the draw.
 */
public class BreakingTies {

    static final int MOST_SEATS = 5_000;

    private final RankingACall ranking;
    private final Decisions decisions;
    private final Clock clock;
    private final Supplier<String> seeds;

    public BreakingTies(RankingACall ranking, Decisions decisions, Clock clock, Supplier<String> seeds) {
        this.ranking = ranking;
        this.decisions = decisions;
        this.clock = clock;
        this.seeds = seeds;
    }

    public Mono<TieBreakOutcome> draw(String incubatorId, String callId, String staffId, Integer seats) {
        if (seats == null || seats < 1 || seats > MOST_SEATS) {
            return Mono.just(refused(new DecisionOutcome.Refused(DecisionRefusal.INVALID_DECISION, callId,
                    List.of(new DecisionOutcome.RefusedField("seats", "decisions.field.seats", List.of(1, MOST_SEATS))))));
        }
        return ranking.rank(incubatorId, callId).flatMap(outcome -> {
            if (!(outcome instanceof RankingOutcome.Ranked ranked)) {
                var unknown = ((RankingOutcome.Refused) outcome).refusal() == RankingRefusal.CALL_NOT_FOUND;
                return Mono.just(refused(new DecisionOutcome.Refused(
                        unknown ? DecisionRefusal.CALL_NOT_FOUND : DecisionRefusal.NOTHING_RANKED, callId, List.of())));
            }
            var order = ranked.ranking().ranking().applications().stream()
                    .map(line -> new RankedLine(line.applicationId(), line.calibratedScore())).toList();
            if (order.isEmpty()) {
                return Mono.just(refused(new DecisionOutcome.Refused(DecisionRefusal.NOTHING_RANKED, callId, List.of())));
            }
            var tieBreak = DrawingTies.at(incubatorId, callId, seats, order, seeds.get(), staffId, clock.instant());
            return decisions.saveTieBreak(tieBreak).<TieBreakOutcome>map(TieBreakOutcome.Drawn::new);
        });
    }

    private static TieBreakOutcome refused(DecisionOutcome.Refused refused) {
        return new TieBreakOutcome.Refused(refused);
    }
}
