package org.pepiniere.applications.ranking;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.pepiniere.applications.calls.Bilingual;
import org.pepiniere.applications.calls.Criterion;

/** Grids and reviews for the ranking's tests, named for the situation. */
final class RankingFixture {

    /** One criterion scored 0 to 100, so that a mark is the weighted score itself. */
    static WeightedGrid percentGrid() {
        return new WeightedGrid(List.of(criterion("overall", 1, 0, 100)));
    }

    static Criterion criterion(String id, int weight, int min, int max) {
        return new Criterion(id, new Bilingual(id, id), weight, min, max);
    }

    static JurorScore review(String application, String juror, int mark) {
        return new JurorScore(application, juror, Map.of("overall", mark), "", Instant.EPOCH);
    }

    static RankedApplication line(Ranking ranking, String application) {
        return ranking.applications().stream().filter(line -> line.applicationId().equals(application)).findFirst()
                .orElseThrow();
    }

    static JurorEffect juror(Ranking ranking, String juror) {
        return ranking.jurors().stream().filter(effect -> effect.jurorId().equals(juror)).findFirst().orElseThrow();
    }

    private RankingFixture() {
    }
}
