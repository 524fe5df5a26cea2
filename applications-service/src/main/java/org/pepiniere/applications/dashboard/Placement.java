package org.pepiniere.applications.dashboard;

import org.jspecify.annotations.Nullable;

/**
 * Where a decision puts a start-up: into {@code cohortId} when admitted, out of any cohort otherwise (null).
 * The projection applies it only over a decision of a lower {@code sequence}.
 */
public record Placement(String incubatorId, String startupReference, String applicationId, String founderId,
        String name, String decision, @Nullable String cohortId, int sequence) {
}
