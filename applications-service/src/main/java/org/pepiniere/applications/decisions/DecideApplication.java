package org.pepiniere.applications.decisions;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.decisions.ApplicationDecided.Decision;

/** Staff decide one application of their incubator; {@code cohortId} is required when admitting, ignored otherwise. */
public record DecideApplication(String incubatorId, String applicationId, String staffId, @Nullable Decision decision,
        @Nullable String cohortId, @Nullable String reasonsFr, @Nullable String reasonsEn) {
}
