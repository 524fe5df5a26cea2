package org.pepiniere.applications.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pepiniere.applications.ranking.RankingFixture.criterion;
import static org.pepiniere.applications.ranking.RankingFixture.juror;
import static org.pepiniere.applications.ranking.RankingFixture.line;
import static org.pepiniere.applications.ranking.RankingFixture.percentGrid;
import static org.pepiniere.applications.ranking.RankingFixture.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Calls with no score, single reviews, disconnected jurors, ties and marks the grid does not hold. */
class RankingEdgeCasesTest {

    @Test
    void givesAnEmptyRankingListingEveryApplicationAsUnscoredWhenNobodyScored() {
        var ranking = Calibration.rank(percentGrid(), List.of("a", "b"), List.of());

        assertThat(ranking.isEmpty()).isTrue();
        assertThat(ranking.unscored()).containsExactly("a", "b");
        assertThat(ranking.jurors()).isEmpty();
        assertThat(ranking.residualSd()).isNull();
    }

    @Test
    void leavesOutScoresOfApplicationsThatAreNotSubmittedToTheCall() {
        var scores = List.of(review("a", "j1", 70), review("withdrawn", "j1", 90));

        var ranking = Calibration.rank(percentGrid(), List.of("a"), scores);

        assertThat(ranking.applications()).extracting(RankedApplication::applicationId).containsExactly("a");
        assertThat(juror(ranking, "j1").reviews()).isEqualTo(1);
    }

    @Test
    void keepsTheRawScoreOfAnApplicationWhoseOnlyJurorReadNothingElse() {
        var scores = List.of(review("a", "j1", 70), review("a", "j2", 60), review("b", "j1", 50), review("b", "j2", 44),
                review("alone", "j3", 65));

        var ranking = Calibration.rank(percentGrid(), List.of("a", "b", "alone"), scores);

        assertThat(line(ranking, "alone").calibratedScore()).isCloseTo(65, within(1e-9));
        assertThat(juror(ranking, "j3").effect()).isCloseTo(0, within(1e-9));
        assertThat(ranking.groups()).isEqualTo(2);
        assertThat(line(ranking, "alone").standardError()).isNotNull();
        assertThat(line(ranking, "alone").disagreement()).isFalse();
    }

    @Test
    void letsAJurorWithASingleApplicationMoveNothing() {
        var base = List.of(review("a", "j1", 70), review("a", "j2", 60), review("b", "j1", 50), review("b", "j2", 44));
        var withOneOff = new ArrayList<>(base);
        withOneOff.add(review("a", "once", 20));

        var without = Calibration.rank(percentGrid(), List.of("a", "b"), base);
        var with = Calibration.rank(percentGrid(), List.of("a", "b"), withOneOff);

        assertThat(line(with, "a").calibratedScore() - line(with, "b").calibratedScore())
                .isCloseTo(line(without, "a").calibratedScore() - line(without, "b").calibratedScore(), within(1e-9));
        assertThat(line(with, "a").rawMean()).isCloseTo(50, within(1e-9));
    }

    @Test
    void leavesTheErrorUnknownWhenNoReviewIsLeftToMeasureTheNoise() {
        var ranking = Calibration.rank(percentGrid(), List.of("a", "b"), List.of(review("a", "j1", 70), review("b", "j2", 60)));

        assertThat(ranking.applications()).allSatisfy(line -> {
            assertThat(line.standardError()).isNull();
            assertThat(line.low()).isNull();
        });
        assertThat(ranking.groups()).isEqualTo(2);
    }

    @Test
    void sharesARankBetweenEqualScoresAndOrdersThemByReviewsThenId() {
        var scores = List.of(review("b", "j1", 60), review("a", "j1", 60), review("c", "j1", 60), review("c", "j2", 60),
                review("d", "j2", 40));

        var ranking = Calibration.rank(percentGrid(), List.of("a", "b", "c", "d"), scores);

        assertThat(ranking.applications()).extracting(RankedApplication::applicationId).containsExactly("c", "a", "b", "d");
        assertThat(ranking.applications()).extracting(RankedApplication::calibratedRank).containsExactly(1, 1, 1, 4);
        assertThat(ranking.applications()).extracting(RankedApplication::rawRank).containsExactly(1, 1, 1, 4);
    }

    @Test
    void ranksTheSameWhateverTheOrderTheScoresArriveIn() {
        var scores = new ArrayList<JurorScore>();
        var random = new Random(7);
        for (int a = 0; a < 12; a++) {
            for (int j = 0; j < 3; j++) {
                scores.add(review("app-" + a, "juror-" + ((a + j) % 5), 30 + random.nextInt(60)));
            }
        }
        var submitted = scores.stream().map(JurorScore::applicationId).distinct().toList();
        var first = Calibration.rank(percentGrid(), submitted, scores);

        Collections.shuffle(scores, new Random(11));
        var second = Calibration.rank(percentGrid(), submitted, scores);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void weighsNormalisedMarksAndIgnoresThoseTheGridDoesNotHold() {
        var grid = new WeightedGrid(List.of(criterion("innovation", 3, 1, 5), criterion("team", 1, 0, 20)));

        assertThat(grid.score(Map.of("innovation", 5, "team", 0)).getAsDouble()).isCloseTo(75, within(1e-9));
        assertThat(grid.score(Map.of("innovation", 3, "team", 99, "unknown", 4)).getAsDouble()).isCloseTo(50, within(1e-9));
        assertThat(grid.score(Map.of("unknown", 4))).isEmpty();
        var ranking = Calibration.rank(grid, List.of("a"), List.of(new JurorScore("a", "j1", Map.of("unknown", 4), "", Instant.EPOCH)));
        assertThat(ranking.unscored()).containsExactly("a");
    }
}
