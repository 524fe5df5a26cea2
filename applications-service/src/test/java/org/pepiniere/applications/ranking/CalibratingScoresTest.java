package org.pepiniere.applications.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pepiniere.applications.ranking.RankingFixture.juror;
import static org.pepiniere.applications.ranking.RankingFixture.line;
import static org.pepiniere.applications.ranking.RankingFixture.percentGrid;
import static org.pepiniere.applications.ranking.RankingFixture.review;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Tiny calls whose calibrated scores are checked by hand. */
class CalibratingScoresTest {

    @Test
    void makesEqualTwoApplicationsEachSeenByOneOfTwoJurorsWhenOneIsHarshByExactlyTwoPoints() {
        // both jurors read "common": the harsh one gives 2 points less; each alone reads one more application
        var scores = List.of(review("common", "lenient", 62), review("common", "harsh", 60),
                review("a", "lenient", 70), review("b", "harsh", 68));

        var ranking = Calibration.rank(percentGrid(), List.of("a", "b", "common"), scores);

        assertThat(line(ranking, "a").rawMean()).isEqualTo(70);
        assertThat(line(ranking, "b").rawMean()).isEqualTo(68);
        assertThat(line(ranking, "a").calibratedScore()).isCloseTo(69, within(1e-9));
        assertThat(line(ranking, "b").calibratedScore()).isCloseTo(69, within(1e-9));
        assertThat(line(ranking, "a").calibratedRank()).isEqualTo(1);
        assertThat(line(ranking, "b").calibratedRank()).isEqualTo(1);
        assertThat(line(ranking, "common").calibratedRank()).isEqualTo(3);
        assertThat(juror(ranking, "harsh").effect()).isCloseTo(-1, within(1e-9));
        assertThat(juror(ranking, "lenient").effect()).isCloseTo(1, within(1e-9));
    }

    @Test
    void keepsTheRawOrderWhenEveryJurorReadsEveryApplication() {
        var scores = List.of(review("a", "j1", 80), review("b", "j1", 60), review("c", "j1", 40),
                review("a", "j2", 70), review("b", "j2", 55), review("c", "j2", 45));

        var ranking = Calibration.rank(percentGrid(), List.of("a", "b", "c"), scores);

        assertThat(ranking.applications()).extracting(RankedApplication::applicationId).containsExactly("a", "b", "c");
        assertThat(ranking.applications()).allSatisfy(line -> {
            assertThat(line.calibratedScore()).isCloseTo(line.rawMean(), within(1e-9));
            assertThat(line.movement()).isZero();
        });
        assertThat(juror(ranking, "j1").effect()).isCloseTo(10.0 / 6, within(1e-9));
    }

    @Test
    void givesTheStandardErrorOfTheModelFromTheResiduals() {
        // two jurors read two applications: residuals ±e with e = 1, so σ² = 4 e² / (4 − 2 − 2 + 1) = 4
        var scores = List.of(review("a", "j1", 80), review("a", "j2", 70), review("b", "j1", 60), review("b", "j2", 54));

        var ranking = Calibration.rank(percentGrid(), List.of("a", "b"), scores);

        assertThat(ranking.residualSd()).isCloseTo(2, within(1e-9));
        // Var(q̂) = σ² (1/2 + u M⁺ u / 4) where u = (1, 1) is orthogonal to M⁺'s range: σ² / 2
        assertThat(line(ranking, "a").standardError()).isCloseTo(Math.sqrt(2), within(1e-9));
        assertThat(line(ranking, "a").low()).isCloseTo(75 - 1.96 * Math.sqrt(2), within(1e-9));
        assertThat(line(ranking, "a").high()).isCloseTo(75 + 1.96 * Math.sqrt(2), within(1e-9));
    }

    @Test
    void addsTheUncertaintyOfTheJurorsEffectsToThatOfASingleReview() {
        var scores = List.of(review("a", "j1", 80), review("a", "j2", 70), review("b", "j1", 60), review("b", "j2", 54),
                review("c", "j1", 50));

        var ranking = Calibration.rank(percentGrid(), List.of("a", "b", "c"), scores);

        // c's quality is its score less j1's effect, itself estimated from two applications: σ √(1 + 1/4)
        assertThat(line(ranking, "c").calibratedScore()).isCloseTo(50 - 4, within(1e-9));
        assertThat(line(ranking, "c").standardError()).isCloseTo(ranking.residualSd() * Math.sqrt(1.25), within(1e-9));
    }

    @Test
    void flagsAnApplicationWhoseJurorsSpreadBeyondTheThreshold() {
        // the jurors' effects come mostly from the applications they agree on: ±6.6, leaving "split" 36.75 apart
        var scores = List.of(review("split", "j1", 90), review("split", "j2", 40), review("agreed", "j1", 60),
                review("agreed", "j2", 58), review("same", "j1", 50), review("same", "j2", 50), review("close", "j1", 70),
                review("close", "j2", 69));

        var ranking = Calibration.rank(percentGrid(), List.of("split", "agreed", "same", "close"), scores);

        assertThat(line(ranking, "split").disagreement()).isTrue();
        assertThat(line(ranking, "split").spread()).isCloseTo(36.75, within(1e-9));
        assertThat(line(ranking, "agreed").disagreement()).isFalse();
    }

    @Test
    void doesNotCallAHarshAndALenientJurorWhoAgreeOnTheOrderADisagreement() {
        var scores = List.of(review("a", "harsh", 40), review("a", "lenient", 80), review("b", "harsh", 30),
                review("b", "lenient", 70));

        var ranking = Calibration.rank(percentGrid(), List.of("a", "b"), scores);

        assertThat(ranking.applications()).noneMatch(RankedApplication::disagreement);
        assertThat(juror(ranking, "harsh").effect()).isCloseTo(-20, within(1e-9));
    }
}
