package org.pepiniere.applications.decisions.web;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.decisions.ApplicationDecided.Decision;

/** A decision as staff send it; the use case names each missing or invalid field. */
record DecisionRequest(@Nullable Decision decision, @Nullable String cohortId, @Nullable String reasonsFr,
        @Nullable String reasonsEn) {
}
