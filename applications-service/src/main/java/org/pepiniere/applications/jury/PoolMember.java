package org.pepiniere.applications.jury;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A juror in a call's pool, as staff wrote them: who, their expertise tags and affiliation. The juror's own conflict
 * declarations are kept apart ({@link DeclaredConflicts}), so that staff rewriting the pool never drop one.
 *
 * @param jurorId the juror's user id, as their token names them
 */
public record PoolMember(String jurorId, String displayName, @Nullable String email, Set<String> expertise,
        @Nullable String affiliation) {

    public PoolMember {
        if (jurorId == null || jurorId.isBlank()) {
            throw new IllegalArgumentException("a pool member names a juror");
        }
        expertise = Set.copyOf(expertise);
        affiliation = affiliation == null || affiliation.isBlank() ? null : affiliation.strip();
    }

    Juror toJuror(DeclaredConflicts conflicts) {
        return new Juror(jurorId, expertise, affiliation, conflicts.applications(), conflicts.organisations());
    }
}
