package org.pepiniere.applications.jury;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A juror in a call's pool. Staff choose the juror, their expertise tags and affiliation; the conflicts are the
 * juror's own declarations, which staff cannot remove.
 *
 * @param jurorId the juror's user id, as their token names them
 */
public record PoolMember(String jurorId, String displayName, @Nullable String email, Set<String> expertise,
        @Nullable String affiliation, Set<String> conflictingApplications, Set<String> conflictingOrganisations) {

    public PoolMember {
        if (jurorId == null || jurorId.isBlank()) {
            throw new IllegalArgumentException("a pool member names a juror");
        }
        expertise = Set.copyOf(expertise);
        affiliation = affiliation == null || affiliation.isBlank() ? null : affiliation.strip();
        conflictingApplications = Set.copyOf(conflictingApplications);
        conflictingOrganisations = Set.copyOf(conflictingOrganisations);
    }

    public Juror toJuror() {
        return new Juror(jurorId, expertise, affiliation, conflictingApplications, conflictingOrganisations);
    }

    /** What staff wrote, with the conflicts this juror declared before. */
    PoolMember keepingConflictsOf(PoolMember before) {
        return new PoolMember(jurorId, displayName, email, expertise, affiliation, before.conflictingApplications,
                before.conflictingOrganisations);
    }

    PoolMember withConflict(@Nullable String applicationId, @Nullable String organisation) {
        return new PoolMember(jurorId, displayName, email, expertise, affiliation,
                applicationId == null ? conflictingApplications : Sets.plus(conflictingApplications, applicationId),
                organisation == null ? conflictingOrganisations : Sets.plus(conflictingOrganisations, organisation.strip()));
    }
}
