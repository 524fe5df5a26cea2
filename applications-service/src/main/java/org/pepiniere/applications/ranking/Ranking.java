package org.pepiniere.applications.ranking;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The ranking of a call's applications.
 *
 * @param applications those with at least one review, in calibrated order
 * @param unscored     the submitted applications no juror has scored yet, in the order given
 * @param jurors       every juror who scored, the harshest first
 * @param residualSd   the noise of a review once qualities and effects are fitted, or null when unknown
 * @param groups       groups of jurors connected through shared applications: above 1, the groups are compared on the
 *                     assumption that each group's average juror is neutral
 */
public record Ranking(List<RankedApplication> applications, List<String> unscored, List<JurorEffect> jurors,
        @Nullable Double residualSd, int groups) {

    public Ranking {
        applications = List.copyOf(applications);
        unscored = List.copyOf(unscored);
        jurors = List.copyOf(jurors);
    }

    public boolean isEmpty() {
        return applications.isEmpty();
    }
}
