package org.pepiniere.applications.scoring.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pepiniere.platform.web.NoOperatorKeys;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A juror's score sheet: a mark per criterion id and a comment. Criterion ids become field names of the stored
 * score, so no key may be an operator or a path; the grid itself is checked by the scoring.
 */
record ScoreRequest(
        @NotNull @Size(max = 100) @NoOperatorKeys Map<String, @Nullable Integer> marks,
        @Nullable String comment) {
}
