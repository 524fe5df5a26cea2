package org.pepiniere.applications.ranking;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.pepiniere.applications.calls.Criterion;

/**
 * A call's grid turning one juror's marks into one number from 0 to 100: each mark is placed on its criterion's scale
 * (scaleMin gives 0, scaleMax gives 1), then the criteria are averaged by weight and the result multiplied by 100.
 * Grids mix scales (1–5 beside 0–20), so only normalised marks can be weighed together.
 */
public record WeightedGrid(List<Criterion> criteria) {

    public static final double TOP = 100;

    public WeightedGrid {
        criteria = List.copyOf(criteria);
    }

    /**
     * The weighted score of these marks, or none when no mark fits the grid. A mark outside its scale or for a
     * criterion the grid does not have is ignored rather than trusted (scoring refuses both), and the weights are
     * those of the criteria marked, so that a missing mark neither counts as 0 nor as the top.
     */
    public OptionalDouble score(Map<String, Integer> marks) {
        double weighted = 0;
        double weights = 0;
        for (Criterion criterion : criteria) {
            Integer mark = marks.get(criterion.id());
            if (mark == null || mark < criterion.scaleMin() || mark > criterion.scaleMax() || criterion.weight() <= 0
                    || criterion.scaleMax() <= criterion.scaleMin()) {
                continue;
            }
            weighted += criterion.weight() * (mark - criterion.scaleMin()) / (double) (criterion.scaleMax() - criterion.scaleMin());
            weights += criterion.weight();
        }
        return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(TOP * weighted / weights);
    }
}
