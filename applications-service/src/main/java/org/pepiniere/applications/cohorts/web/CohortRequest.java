package org.pepiniere.applications.cohorts.web;

import java.time.LocalDate;

import org.pepiniere.applications.calls.Programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A cohort as staff write it: the body of a new cohort and of an edit, which replaces all its details. */
record CohortRequest(
        @NotNull @Valid Name name,
        @NotNull @Valid ProgrammeRequest programme,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @Min(1) @Max(1000) Integer capacity) {

    record Name(@NotBlank @Size(max = 120) String fr, @NotBlank @Size(max = 120) String en) {
    }

    record ProgrammeRequest(@NotNull Programme.Kind kind, @Size(max = 120) String track) {
    }
}
