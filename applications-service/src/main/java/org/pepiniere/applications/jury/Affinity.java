package org.pepiniere.applications.jury;

import java.util.List;

/**
 * How well a juror's expertise covers an application's needs.
 *
 * @param matchedNeeds the application's needs, as the founders wrote them, that the juror's expertise has
 * @param needs how many needs the application states
 * @param cost what the pair costs in the assignment
 */
public record Affinity(List<String> matchedNeeds, int needs, long cost) {

    public Affinity {
        matchedNeeds = List.copyOf(matchedNeeds);
    }
}
