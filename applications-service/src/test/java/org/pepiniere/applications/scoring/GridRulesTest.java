package org.pepiniere.applications.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pepiniere.applications.calls.Bilingual;
import org.pepiniere.applications.calls.Criterion;

class GridRulesTest {

    static final List<Criterion> GRID = List.of(
            new Criterion("innovation", new Bilingual("Innovation", "Innovation"), 3, 1, 5),
            new Criterion("team", new Bilingual("Équipe", "Team"), 1, 0, 10));

    @Test
    void acceptsEveryCriterionMarkedOnItsScaleWithAComment() {
        var sheet = new ScoreSheet(Map.of("innovation", 1, "team", 10), "Bounds are allowed.");

        assertThat(GridRules.violations(GRID, sheet)).isEmpty();
    }

    @Test
    void namesEachProblemWithItsFieldInOneGo() {
        var marks = new HashMap<String, Integer>();
        marks.put("innovation", 0);
        marks.put("price", 3);

        var violations = GridRules.violations(GRID, new ScoreSheet(marks, " "));

        assertThat(violations).containsExactly(
                new FieldRefusal("marks.innovation", "scoring.mark.outside-scale", List.of(1, 5)),
                new FieldRefusal("marks.team", "scoring.mark.missing", List.of()),
                new FieldRefusal("marks.price", "scoring.mark.unknown-criterion", List.of()),
                new FieldRefusal("comment", "scoring.comment.required", List.of()));
    }

    @Test
    void refusesACommentOverItsLimit() {
        var sheet = new ScoreSheet(Map.of("innovation", 3, "team", 5), "a".repeat(ScoreSheet.LONGEST_COMMENT + 1));

        assertThat(GridRules.violations(GRID, sheet))
                .containsExactly(new FieldRefusal("comment", "scoring.comment.too-long", List.of(ScoreSheet.LONGEST_COMMENT)));
    }
}
