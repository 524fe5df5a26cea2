package org.pepiniere.applications.ranking;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The least-squares fit of {@code score(a, j) = quality(a) + effect(j) + noise} over every review of a call.
 *
 * <p>Only differences between jurors can be learnt from the scores: adding c to every juror's effect and taking c
 * from every quality fits as well. The effects are pinned by making them sum to zero within each group of jurors
 * connected through shared applications: the average juror of a group is taken as neutral, the one assumption the
 * scores can never contradict. Two groups that share no application are compared on that assumption alone, which is
 * why the ranking reports how many groups there are. A ridge penalty would also pin them, but it shrinks every effect
 * towards zero by λ/(n + λ), n the juror's number of reviews: with the 10 to 30 reviews a juror makes in a call, a
 * penalty strong enough to matter undoes part of the calibration it is there for.
 *
 * <p>The qualities are eliminated first ({@code quality(a)} is the mean of its reviews less its jurors' mean effect),
 * which leaves the normal equations of the effects alone, M s = b, a J × J system (J jurors). M is only positive
 * semi-definite, null on effects constant within a group; adding the projector on those, Z Zᵀ, makes it definite
 * without changing the solution, since b sums to zero within each group. The same inverse gives M⁺ = (M + Z Zᵀ)⁻¹ − Z Zᵀ,
 * the covariance of the effects over σ², hence each quality's exact variance under the model:
 * σ² (1/n_a + u_aᵀ M⁺ u_a / n_a²), u_a the indicator of the application's jurors.
 *
 * @param quality        per application, on 0..100 (it may fall a little outside)
 * @param effect         per juror: positive for a lenient juror, negative for a harsh one, in points of 0..100
 * @param varianceFactor per application, its quality's variance over σ²
 * @param residualSd     σ estimated from the residuals, or null when the reviews leave no degree of freedom for it
 * @param groups         groups of jurors connected through shared applications
 */
record JurorEffectsFit(double[] quality, double[] effect, double[] varianceFactor, @Nullable Double residualSd, int groups) {

    static JurorEffectsFit of(int applications, int jurors, List<Observation> observations) {
        var byApplication = new ArrayList<List<Observation>>();
        for (int a = 0; a < applications; a++) {
            byApplication.add(new ArrayList<>());
        }
        int[] reviewsOfJuror = new int[jurors];
        for (Observation observation : observations) {
            byApplication.get(observation.application()).add(observation);
            reviewsOfJuror[observation.juror()]++;
        }
        int[] group = JurorGroups.of(jurors, byApplication);
        int groups = JurorGroups.count(group);
        int[] groupSize = new int[groups];
        for (int g : group) {
            groupSize[g]++;
        }

        double[][] system = new double[jurors][jurors];
        double[] right = new double[jurors];
        double[] mean = new double[applications];
        for (int a = 0; a < applications; a++) {
            var reviews = byApplication.get(a);
            double n = reviews.size();
            mean[a] = reviews.stream().mapToDouble(Observation::score).sum() / n;
            for (Observation one : reviews) {
                system[one.juror()][one.juror()] += 1;
                right[one.juror()] += one.score() - mean[a];
                for (Observation other : reviews) {
                    system[one.juror()][other.juror()] -= 1 / n;
                }
            }
        }
        for (int j = 0; j < jurors; j++) {
            for (int k = 0; k < jurors; k++) {
                if (group[j] == group[k]) {
                    system[j][k] += 1.0 / groupSize[group[j]];
                }
            }
        }
        double[][] inverse = Cholesky.inverse(system);
        double[] effect = times(inverse, right);
        centreWithinGroups(effect, group, groups, groupSize);

        double[] quality = new double[applications];
        double[] varianceFactor = new double[applications];
        double squares = 0;
        for (int a = 0; a < applications; a++) {
            var reviews = byApplication.get(a);
            double n = reviews.size();
            double spread = 0;
            double effects = 0;
            for (Observation one : reviews) {
                effects += effect[one.juror()];
                for (Observation other : reviews) {
                    spread += inverse[one.juror()][other.juror()];
                }
            }
            quality[a] = mean[a] - effects / n;
            // u_aᵀ Z Zᵀ u_a: all of a's jurors are in one group, so it is n² over the group's size
            double pseudo = spread - n * n / groupSize[group[reviews.get(0).juror()]];
            varianceFactor[a] = 1 / n + Math.max(0, pseudo) / (n * n);
            for (Observation one : reviews) {
                double residual = one.score() - quality[a] - effect[one.juror()];
                squares += residual * residual;
            }
        }
        int freedom = observations.size() - applications - jurors + groups;
        Double residualSd = freedom > 0 ? Math.sqrt(squares / freedom) : null;
        return new JurorEffectsFit(quality, effect, varianceFactor, residualSd, groups);
    }

    private static double[] times(double[][] matrix, double[] vector) {
        double[] product = new double[vector.length];
        for (int r = 0; r < vector.length; r++) {
            for (int c = 0; c < vector.length; c++) {
                product[r] += matrix[r][c] * vector[c];
            }
        }
        return product;
    }

    /** Exact in theory already; this removes the rounding the solve leaves, so that equal jurors read equal. */
    private static void centreWithinGroups(double[] effect, int[] group, int groups, int[] groupSize) {
        double[] sum = new double[groups];
        for (int j = 0; j < effect.length; j++) {
            sum[group[j]] += effect[j];
        }
        for (int j = 0; j < effect.length; j++) {
            effect[j] -= sum[group[j]] / groupSize[group[j]];
        }
    }
}
