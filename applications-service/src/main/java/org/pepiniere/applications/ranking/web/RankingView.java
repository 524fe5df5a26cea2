package org.pepiniere.applications.ranking.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.calls.Bilingual;
import org.pepiniere.applications.ranking.CallRanking;
import org.pepiniere.applications.ranking.Calibration;
import org.pepiniere.applications.ranking.RankedApplication;

/**
 * A call's ranking as staff read it; scores are on 0..100, rounded to two decimals.
 *
 * @param applications the applications with at least one review, in calibrated order; empty while nobody scored
 * @param unscored     the submitted applications no juror has scored yet
 * @param jurors       every juror who scored, the harshest first
 */
record RankingView(String callId, Bilingual title, String status, int expectedReviews, Method method,
        List<Line> applications, List<Unscored> unscored, List<Juror> jurors) {

    /**
     * How the scores were computed.
     *
     * @param residualSd  the noise of one review once qualities and effects are fitted; null when unknown
     * @param jurorGroups groups of jurors connected through shared applications; above 1, the groups are compared on
     *                    the assumption that each group's average juror is neutral
     */
    record Method(String name, double scaleMin, double scaleMax, double disagreementThreshold, double intervalLevel,
            @Nullable Double residualSd, int jurorGroups) {
    }

    record Interval(double low, double high) {
    }

    record Line(String applicationId, String startupName, int reviews, int expectedReviews, double rawMean, int rawRank,
            double calibratedScore, int calibratedRank, int movement, @Nullable Double standardError,
            @Nullable Interval interval, double spread, boolean disagreement) {
    }

    record Unscored(String applicationId, String startupName, int expectedReviews) {
    }

    record Juror(String jurorId, String displayName, int reviews, double effect, int group) {
    }

    static RankingView of(CallRanking ranked) {
        var call = ranked.call();
        var ranking = ranked.ranking();
        int k = ranked.expectedReviews();
        var method = new Method(Calibration.METHOD, 0, 100, Calibration.DISAGREEMENT_THRESHOLD, 0.95,
                RankingSheets.round(ranking.residualSd()), ranking.groups());
        return new RankingView(call.id().value(), call.details().title(), call.status().name(), k, method,
                ranking.applications().stream().map(line -> line(line, ranked.startupName(line.applicationId()), k)).toList(),
                ranking.unscored().stream().map(id -> new Unscored(id, ranked.startupName(id), k)).toList(),
                ranking.jurors().stream().map(juror -> new Juror(juror.jurorId(), ranked.jurorName(juror.jurorId()),
                        juror.reviews(), round(juror.effect()), juror.group())).toList());
    }

    private static Line line(RankedApplication line, String startupName, int k) {
        var interval = line.low() == null || line.high() == null ? null
                : new Interval(round(line.low()), round(line.high()));
        return new Line(line.applicationId(), startupName, line.reviews(), k, round(line.rawMean()), line.rawRank(),
                round(line.calibratedScore()), line.calibratedRank(), line.movement(),
                RankingSheets.round(line.standardError()), interval, round(line.spread()), line.disagreement());
    }

    private static double round(double value) {
        return RankingSheets.round(value);
    }
}
