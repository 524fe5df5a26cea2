package org.pepiniere.applications.jury.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A conflict a juror declares: with an application of the call, or with an organisation, or both. */
record ConflictRequest(
        @Nullable @Pattern(regexp = JuryProblems.ID) String applicationId,
        @Nullable @Size(min = 1, max = 120) @Pattern(regexp = ".*\\S.*") String organisation) {

    @AssertTrue(message = "name an application or an organisation")
    boolean isNamingSomething() {
        return applicationId != null || organisation != null;
    }
}
