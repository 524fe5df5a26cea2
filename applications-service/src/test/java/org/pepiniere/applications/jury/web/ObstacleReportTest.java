package org.pepiniere.applications.jury.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pepiniere.applications.jury.ExcludedJuror;
import org.pepiniere.applications.jury.Exclusion;
import org.pepiniere.applications.jury.LoadRange;
import org.pepiniere.applications.jury.Obstacle;
import org.pepiniere.applications.jury.Pair;
import org.pepiniere.applications.jury.PairOrigin;

class ObstacleReportTest {

    static final List<Obstacle> EVERY_KIND = List.of(
            new Obstacle.NotEnoughAllowedJurors("app-1", 3, 2, 1, 0, List.of(new ExcludedJuror("j-1", Exclusion.SAME_AFFILIATION_AS_TEAM))),
            new Obstacle.ApplicationUnderfilled("app-1", 3, 2),
            new Obstacle.CapacityTooSmall(30, 20, 4, 5),
            new Obstacle.MinimumLoadsTooLarge(10, 12, 4, 3),
            new Obstacle.JurorCannotReachMinimum("j-1", 1, 2),
            new Obstacle.MinimumLoadsUnreachable(12, new LoadRange(3, 3)),
            new Obstacle.TooManyForcedJurors("app-1", 4, 3),
            new Obstacle.TooManyForcedApplications("j-1", 6, 5),
            new Obstacle.ForcedPairExcluded(new Pair("app-1", "j-1"), PairOrigin.PINNED, Exclusion.CONFLICT_DECLARED_WITH_APPLICATION));

    static final Map<String, String> NAMES = Map.of("app-1", "Chimie Verte", "j-1", "Julien Moreau");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void wordsEveryKindOfObstacleNamingTheApplicationOrTheJuror(String language) {
        var report = ObstacleReport.of(EVERY_KIND, NAMES, Locale.forLanguageTag(language));

        assertThat(report).hasSize(EVERY_KIND.size());
        assertThat(report).allSatisfy(entry -> assertThat(entry.get("text").toString()).isNotBlank().doesNotContain("{"));
        assertThat(report).filteredOn(entry -> entry.containsKey("applicationId"))
                .allSatisfy(entry -> assertThat(entry.get("text").toString()).contains("Chimie Verte"));
        assertThat(report).filteredOn(entry -> entry.containsKey("jurorId"))
                .allSatisfy(entry -> assertThat(entry.get("text").toString()).contains("Julien Moreau"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void saysHowManyJurorsAreLeftInTheReadersLanguage(String language) {
        var text = ObstacleReport.of(EVERY_KIND.subList(0, 1), NAMES, Locale.forLanguageTag(language)).get(0).get("text");

        assertThat(text.toString()).contains(language.equals("fr") ? "seulement 2 juré(s) sans conflit" : "only 2 juror(s) without conflict");
    }
}
