package org.pepiniere.applications.jury;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The conflicts one juror declared for a call: with applications, and with organisations of team members. */
public record DeclaredConflicts(String jurorId, Set<String> applications, Set<String> organisations) {

    public DeclaredConflicts {
        applications = Set.copyOf(applications);
        organisations = Set.copyOf(organisations);
    }

    public static DeclaredConflicts none(String jurorId) {
        return new DeclaredConflicts(jurorId, Set.of(), Set.of());
    }

    DeclaredConflicts plus(@Nullable String applicationId, @Nullable String organisation) {
        return new DeclaredConflicts(jurorId,
                applicationId == null ? applications : Sets.plus(applications, applicationId),
                organisation == null ? organisations : Sets.plus(organisations, organisation.strip()));
    }
}
