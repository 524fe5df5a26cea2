package org.pepiniere.applications.jury.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.jury.LoadBounds;
import org.pepiniere.applications.jury.Pair;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A run of the assignment: balanced loads unless staff widen them by {@code slack} or set {@code minLoad} and
 * {@code maxLoad} themselves; the pairs staff pin and forbid.
 */
record RunRequest(
        @Nullable @Min(0) @Max(1000) Integer slack,
        @Nullable @Min(0) @Max(1000) Integer minLoad,
        @Nullable @Min(0) @Max(1000) Integer maxLoad,
        @Nullable @Size(max = 2000) List<@Valid @NotNull PairRequest> pins,
        @Nullable @Size(max = 2000) List<@Valid @NotNull PairRequest> forbids) {

    record PairRequest(@NotNull @Pattern(regexp = JuryProblems.ID) String applicationId,
            @NotNull @Pattern(regexp = JuryProblems.ID) String jurorId) {

        Pair toDomain() {
            return new Pair(applicationId, jurorId);
        }
    }

    @AssertTrue(message = "give both minLoad and maxLoad, minLoad at most maxLoad, or neither")
    boolean isLoadRangeWhole() {
        return minLoad == null && maxLoad == null || minLoad != null && maxLoad != null && minLoad <= maxLoad;
    }

    LoadBounds loadBounds() {
        if (minLoad != null && maxLoad != null) {
            return new LoadBounds.Between(minLoad, maxLoad);
        }
        return slack == null || slack == 0 ? new LoadBounds.Balanced() : new LoadBounds.Widened(slack);
    }

    Set<Pair> pinned() {
        return pins == null ? Set.of() : pins.stream().map(PairRequest::toDomain).collect(Collectors.toSet());
    }

    Set<Pair> forbidden() {
        return forbids == null ? Set.of() : forbids.stream().map(PairRequest::toDomain).collect(Collectors.toSet());
    }
}
