package org.pepiniere.applications.jury;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A member of the call's jury pool.
 *
 * @param affiliation the juror's own school, lab or company, if any: it conflicts with a team member's equal one
 * @param conflictingApplications applications the juror declared a conflict with
 * @param conflictingOrganisations organisations the juror declared a conflict with, matched against team affiliations
 */
public record Juror(String id, Set<String> expertise, @Nullable String affiliation,
        Set<String> conflictingApplications, Set<String> conflictingOrganisations) {

    public Juror {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a juror needs an id");
        }
        expertise = Set.copyOf(expertise);
        affiliation = affiliation == null || affiliation.isBlank() ? null : affiliation;
        conflictingApplications = Set.copyOf(conflictingApplications);
        conflictingOrganisations = Set.copyOf(conflictingOrganisations);
    }
}
