package org.pepiniere.applications.jury;

import java.util.Set;

/**
 * A submitted application as the assignment sees it.
 *
 * @param needs expertise tags the founders asked for; jurors who have them are preferred
 * @param teamAffiliations the schools, labs and companies of the team's members: a juror from one of them has a conflict
 */
public record ApplicationToReview(String id, Set<String> needs, Set<String> teamAffiliations) {

    public ApplicationToReview {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an application to review needs an id");
        }
        needs = Set.copyOf(needs);
        teamAffiliations = Set.copyOf(teamAffiliations);
    }
}
