package org.pepiniere.applications.decisions;

import org.jspecify.annotations.Nullable;

/** Staff admit the first wait-listed application of a call into a cohort, with the reasons it is told. */
public record PromoteFromWaitlist(String incubatorId, String callId, String staffId, @Nullable String cohortId,
        @Nullable String reasonsFr, @Nullable String reasonsEn) {
}
