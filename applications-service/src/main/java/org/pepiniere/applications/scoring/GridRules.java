package org.pepiniere.applications.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.pepiniere.applications.calls.Criterion;

/**
 * A score sheet against the call's grid: every criterion marked, within its scale, none that the grid does not have,
 * and a comment. Every problem is named at once, so that the juror corrects them in one go.
 */
final class GridRules {

    static List<FieldRefusal> violations(List<Criterion> grid, ScoreSheet sheet) {
        var refusals = new ArrayList<FieldRefusal>();
        Set<String> known = grid.stream().map(Criterion::id).collect(Collectors.toSet());
        for (Criterion criterion : grid) {
            Integer mark = sheet.marks().get(criterion.id());
            String field = "marks." + criterion.id();
            if (mark == null) {
                refusals.add(FieldRefusal.of(field, "scoring.mark.missing"));
            } else if (mark < criterion.scaleMin() || mark > criterion.scaleMax()) {
                refusals.add(FieldRefusal.of(field, "scoring.mark.outside-scale", criterion.scaleMin(), criterion.scaleMax()));
            }
        }
        sheet.marks().keySet().stream().filter(id -> !known.contains(id)).sorted()
                .forEach(id -> refusals.add(FieldRefusal.of("marks." + id, "scoring.mark.unknown-criterion")));
        String comment = sheet.comment();
        if (comment == null || comment.isBlank()) {
            refusals.add(FieldRefusal.of("comment", "scoring.comment.required"));
        } else if (comment.strip().length() > ScoreSheet.LONGEST_COMMENT) {
            refusals.add(FieldRefusal.of("comment", "scoring.comment.too-long", ScoreSheet.LONGEST_COMMENT));
        }
        return refusals;
    }

    private GridRules() {
    }
}
