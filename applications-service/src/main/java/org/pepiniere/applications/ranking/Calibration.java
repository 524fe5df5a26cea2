package org.pepiniere.applications.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Ranks a call's applications from its jurors' scores, twice: by the weighted raw mean, and calibrated for each
 * juror's severity or leniency.
 *
 * <ul>
 * <li>Each review becomes one number from 0 to 100 through the call's grid ({@link WeightedGrid}); the raw mean of an
 * application is the mean of its reviews.</li>
 * <li>The calibrated score is the application's quality in the additive model
 * {@code score(a, j) = quality(a) + effect(j) + noise}, fitted by least squares over the whole call, the jurors'
 * effects summing to zero within each group of connected jurors ({@link JurorEffectsFit} says why not a ridge).</li>
 * <li>Its standard error is exact under that model: σ √(1/n + u M⁺ u / n²), σ from the residuals. With a single
 * review it is at least σ; when the reviews leave no residual degree of freedom (say, one review per application and
 * per juror) σ is unknown and so is the error: null, never a made-up number. The interval is ±1.96 standard errors,
 * a normal approximation.</li>
 * <li>An application is flagged when its reviews, each less its juror's effect, spread over more than
 * {@value #DISAGREEMENT_THRESHOLD} points of 100 (max − min): a harsh and a lenient juror agreeing on the order are not
 * a disagreement, two jurors a third of the scale apart are. On a 1–5 grid that is two steps apart. A single review
 * is never flagged.</li>
 * <li>A juror with a single application fits it exactly: their effect absorbs their score, which then moves nothing;
 * one review is not enough to tell a juror's judgement from their habit. Alone on that application, they form a group
 * of their own whose effect is 0, and the application keeps its raw score.</li>
 * <li>Order: by score, then by number of reviews (more evidence first), then by application id, so that the same
 * scores always give the same order. Scores equal to 10⁻⁶ share a rank (1, 2, 2, 4).</li>
 * </ul>
 */
public final class Calibration {

    public static final String METHOD = "additive-juror-effects-least-squares";
    public static final double DISAGREEMENT_THRESHOLD = 30;
    static final double Z95 = 1.96;
    private static final double SAME = 1e6;

    public static Ranking rank(WeightedGrid grid, List<String> submitted, List<JurorScore> scores) {
        var known = new LinkedHashMap<String, Integer>();
        submitted.forEach(id -> known.putIfAbsent(id, known.size()));
        // one review per application and juror: the scoring keys them so, and a repeat here replaces the former
        var reviews = new TreeMap<String, Map<String, Double>>();
        for (JurorScore score : scores) {
            if (known.containsKey(score.applicationId())) {
                grid.score(score.marks()).ifPresent(value ->
                        reviews.computeIfAbsent(score.jurorId(), juror -> new TreeMap<>()).put(score.applicationId(), value));
            }
        }
        var reviewed = new java.util.HashSet<String>();
        reviews.values().forEach(byJuror -> reviewed.addAll(byJuror.keySet()));
        var scored = new ArrayList<String>();
        var unscored = new ArrayList<String>();
        for (String id : known.keySet()) {
            (reviewed.contains(id) ? scored : unscored).add(id);
        }
        if (scored.isEmpty()) {
            return new Ranking(List.of(), unscored, List.of(), null, 0);
        }
        var index = new java.util.HashMap<String, Integer>();
        scored.forEach(id -> index.put(id, index.size()));
        var jurorIds = new ArrayList<>(reviews.keySet());
        var observations = new ArrayList<Observation>();
        for (int j = 0; j < jurorIds.size(); j++) {
            for (var review : reviews.get(jurorIds.get(j)).entrySet()) {
                observations.add(new Observation(index.get(review.getKey()), j, review.getValue()));
            }
        }
        var fit = JurorEffectsFit.of(scored.size(), jurorIds.size(), observations);
        return new Ranking(lines(scored, observations, fit), unscored, effects(jurorIds, observations, fit),
                fit.residualSd(), fit.groups());
    }

    private static List<RankedApplication> lines(List<String> ids, List<Observation> observations, JurorEffectsFit fit) {
        int count = ids.size();
        int[] reviews = new int[count];
        double[] raw = new double[count];
        double[] lowest = new double[count];
        double[] highest = new double[count];
        java.util.Arrays.fill(lowest, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(highest, Double.NEGATIVE_INFINITY);
        for (Observation one : observations) {
            int a = one.application();
            reviews[a]++;
            raw[a] += one.score();
            double adjusted = one.score() - fit.effect()[one.juror()];
            lowest[a] = Math.min(lowest[a], adjusted);
            highest[a] = Math.max(highest[a], adjusted);
        }
        for (int a = 0; a < count; a++) {
            raw[a] /= reviews[a];
        }
        int[] rawRank = Ranks.of(ids, raw, reviews);
        int[] calibratedRank = Ranks.of(ids, fit.quality(), reviews);
        var lines = new ArrayList<RankedApplication>();
        for (int a = 0; a < count; a++) {
            Double error = fit.residualSd() == null ? null : fit.residualSd() * Math.sqrt(fit.varianceFactor()[a]);
            double quality = fit.quality()[a];
            double spread = highest[a] - lowest[a];
            lines.add(new RankedApplication(ids.get(a), reviews[a], raw[a], rawRank[a], quality, calibratedRank[a], error,
                    error == null ? null : quality - Z95 * error, error == null ? null : quality + Z95 * error, spread,
                    reviews[a] > 1 && spread > DISAGREEMENT_THRESHOLD));
        }
        lines.sort(Comparator.comparingInt(RankedApplication::calibratedRank)
                .thenComparing(Comparator.comparingInt(RankedApplication::reviews).reversed())
                .thenComparing(RankedApplication::applicationId));
        return lines;
    }

    private static List<JurorEffect> effects(List<String> jurorIds, List<Observation> observations, JurorEffectsFit fit) {
        int[] reviews = new int[jurorIds.size()];
        observations.forEach(one -> reviews[one.juror()]++);
        int[] group = JurorGroups.of(jurorIds.size(), byApplication(observations));
        return IntStream.range(0, jurorIds.size())
                .mapToObj(j -> new JurorEffect(jurorIds.get(j), reviews[j], fit.effect()[j], group[j] + 1))
                .sorted(Comparator.comparingLong((JurorEffect effect) -> key(effect.effect())).thenComparing(JurorEffect::jurorId))
                .toList();
    }

    private static List<List<Observation>> byApplication(List<Observation> observations) {
        var byApplication = new ArrayList<List<Observation>>();
        for (Observation one : observations) {
            while (byApplication.size() <= one.application()) {
                byApplication.add(new ArrayList<>());
            }
            byApplication.get(one.application()).add(one);
        }
        return byApplication;
    }

    /** A score rounded to 10⁻⁶, so that the rounding of the solve never orders two equal scores. */
    static long key(double score) {
        return Math.round(score * SAME);
    }

    private Calibration() {
    }
}
