package org.pepiniere.applications.jury.web;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.jury.JuryPool;
import org.pepiniere.applications.jury.PoolMember;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The whole pool staff keep for a call; each member is a juror known to this service. */
record PoolRequest(@NotNull @Size(max = JuryPool.MAX_MEMBERS) List<@Valid @NotNull Member> members) {

    record Member(
            @NotNull @Pattern(regexp = JuryProblems.ID) String jurorId,
            @NotBlank @Size(max = 120) String displayName,
            @Nullable @Size(max = 254) @Pattern(regexp = "[^@\\s]+@[^@\\s]+") String email,
            @Nullable @Size(max = 30) Set<@NotBlank @Size(max = 60) String> expertise,
            @Nullable @Size(max = 120) String affiliation) {

        PoolMember toDomain() {
            return new PoolMember(jurorId, displayName.strip(), email, expertise == null ? Set.of() : expertise, affiliation);
        }
    }

    List<PoolMember> toDomain() {
        return members.stream().map(Member::toDomain).toList();
    }
}
