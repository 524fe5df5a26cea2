package org.pepiniere.applications.ranking;

import org.jspecify.annotations.Nullable;

/**
 * One application's line of the ranking; scores are on 0..100.
 *
 * @param rawMean         the mean of its jurors' weighted scores
 * @param calibratedScore its quality once each juror's effect is taken out ({@link JurorEffectsFit})
 * @param standardError   of the calibrated score, or null when the call's reviews leave the noise unknown
 * @param low             of the approximate 95 % interval, calibrated score ∓ 1.96 standard errors, or null
 * @param spread          the range of its reviews once each juror's effect is taken out
 * @param disagreement    the spread is beyond {@link Calibration#DISAGREEMENT_THRESHOLD}
 */
public record RankedApplication(
        String applicationId,
        int reviews,
        double rawMean,
        int rawRank,
        double calibratedScore,
        int calibratedRank,
        @Nullable Double standardError,
        @Nullable Double low,
        @Nullable Double high,
        double spread,
        boolean disagreement) {

    /** Places gained by calibration: positive when the application moves up. */
    public int movement() {
        return rawRank - calibratedRank;
    }
}
