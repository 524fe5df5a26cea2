package org.pepiniere.applications.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Calls simulated with a known truth: 60 applications of true quality N(55, 12²) on 0..100, 15 jurors of effect
 * N(0, 8²) (harsh below 0, lenient above), each review the quality plus its juror's effect plus noise N(0, 6²), written
 * as whole marks on a two-criterion grid (0–10 weighted 2, 1–5 weighted 1), so that rounding adds its own noise; each
 * application is read by k = 3 jurors picked at random among the least loaded. Over 200 seeds the calibrated order
 * must agree with the true order better than the raw mean does (Kendall's tau-b), on average and on most seeds.
 */
class CalibrationSimulationTest {

    private static final int SEEDS = 200;
    private static final int APPLICATIONS = 60;
    private static final int JURORS = 15;
    private static final int K = 3;
    private static final WeightedGrid GRID = new WeightedGrid(List.of(RankingFixture.criterion("innovation", 2, 0, 10),
            RankingFixture.criterion("team", 1, 1, 5)));

    @Test
    void ranksCloserToTheTruthThanTheRawMeanOverManySeeds() {
        double rawTotal = 0;
        double calibratedTotal = 0;
        int wins = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            var call = simulate(new Random(seed));
            var ranking = Calibration.rank(GRID, call.ids(), call.scores());
            double raw = tau(call, ranking, RankedApplication::rawMean);
            double calibrated = tau(call, ranking, RankedApplication::calibratedScore);
            rawTotal += raw;
            calibratedTotal += calibrated;
            wins += calibrated > raw ? 1 : 0;
        }
        double rawMean = rawTotal / SEEDS;
        double calibratedMean = calibratedTotal / SEEDS;

        System.out.printf("Kendall tau against the true quality over %d seeds: raw mean %.3f, calibrated %.3f "
                + "(+%.3f); calibrated better on %d of %d seeds%n", SEEDS, rawMean, calibratedMean, calibratedMean - rawMean,
                wins, SEEDS);
        assertThat(calibratedMean - rawMean).isGreaterThan(0.05);
        assertThat(wins).isGreaterThan(SEEDS * 3 / 4);
    }

    private record SimulatedCall(List<String> ids, double[] truth, List<JurorScore> scores) {
    }

    private static SimulatedCall simulate(Random random) {
        double[] effect = IntStream.range(0, JURORS).mapToDouble(j -> 8 * random.nextGaussian()).toArray();
        double[] truth = new double[APPLICATIONS];
        int[] load = new int[JURORS];
        var ids = new ArrayList<String>();
        var scores = new ArrayList<JurorScore>();
        for (int a = 0; a < APPLICATIONS; a++) {
            truth[a] = 55 + 12 * random.nextGaussian();
            String id = "app-" + a;
            ids.add(id);
            var jurors = IntStream.range(0, JURORS).boxed()
                    .sorted(Comparator.comparingInt((Integer j) -> load[j]).thenComparingDouble(j -> random.nextDouble()))
                    .limit(K).toList();
            for (int j : jurors) {
                load[j]++;
                double seen = truth[a] + effect[j] + 6 * random.nextGaussian();
                scores.add(new JurorScore(id, "juror-" + j, Map.of("innovation", mark(seen, 0, 10), "team", mark(seen, 1, 5)),
                        "", Instant.EPOCH));
            }
        }
        return new SimulatedCall(ids, truth, scores);
    }

    private static int mark(double score, int min, int max) {
        double clamped = Math.max(0, Math.min(100, score));
        return (int) Math.round(min + clamped / 100 * (max - min));
    }

    /** Kendall's tau-b between the true qualities (never tied) and the estimates (which may tie). */
    private static double tau(SimulatedCall call, Ranking ranking, ToDoubleFunction<RankedApplication> estimate) {
        double[] estimated = new double[APPLICATIONS];
        ranking.applications().forEach(line -> estimated[call.ids().indexOf(line.applicationId())] = estimate.applyAsDouble(line));
        long concordant = 0;
        long discordant = 0;
        long tiedEstimates = 0;
        for (int a = 0; a < APPLICATIONS; a++) {
            for (int b = a + 1; b < APPLICATIONS; b++) {
                double sign = Math.signum(call.truth()[a] - call.truth()[b]) * Math.signum(estimated[a] - estimated[b]);
                if (sign > 0) {
                    concordant++;
                } else if (sign < 0) {
                    discordant++;
                } else {
                    tiedEstimates++;
                }
            }
        }
        double pairs = APPLICATIONS * (APPLICATIONS - 1) / 2.0;
        return (concordant - discordant) / Math.sqrt(pairs * (pairs - tiedEstimates));
    }
}
