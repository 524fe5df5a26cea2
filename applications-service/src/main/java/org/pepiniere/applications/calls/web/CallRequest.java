package org.pepiniere.applications.calls.web;

import java.time.Instant;
import java.util.List;

import org.pepiniere.applications.calls.Programme;
import org.pepiniere.applications.calls.QuestionType;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A call as staff write it: the body of a new call, and of an edit that replaces all its details. The shape
 * of each field is checked here; the rules between fields (dates in order, unique ids...) are the domain's.
 */
record CallRequest(
        @NotNull @Valid Title title,
        @NotNull @Valid Description description,
        @NotNull Instant opensAt,
        @NotNull Instant closesAt,
        @NotNull Instant reviewDeadline,
        @NotNull @Min(1) @Max(10_000) Integer seats,
        @NotNull @Valid ProgrammeRequest programme,
        @NotNull @Min(1) @Max(20) Integer reviewsPerApplication,
        @Size(max = 20) List<@Valid @NotNull CriterionRequest> criteria,
        @Size(max = 50) List<@Valid @NotNull QuestionRequest> questions,
        Boolean blindReview) {

    static final String KEY = "[A-Za-z0-9_-]{1,64}";

    record Title(@NotBlank @Size(max = 200) String fr, @NotBlank @Size(max = 200) String en) {
    }

    record Description(@NotBlank @Size(max = 10_000) String fr, @NotBlank @Size(max = 10_000) String en) {
    }

    record Label(@NotBlank @Size(max = 500) String fr, @NotBlank @Size(max = 500) String en) {
    }

    record ProgrammeRequest(@NotNull Programme.Kind kind, @Size(max = 120) String track) {
    }

    record CriterionRequest(
            @NotNull @Pattern(regexp = KEY, message = "{calls.field.key}") String id,
            @NotNull @Valid Title name,
            @NotNull @Min(1) @Max(100) Integer weight,
            @NotNull @Min(0) @Max(99) Integer scaleMin,
            @NotNull @Min(1) @Max(100) Integer scaleMax) {
    }

    record QuestionRequest(
            @NotNull @Pattern(regexp = KEY, message = "{calls.field.key}") String id,
            @NotNull @Valid Label label,
            @NotNull QuestionType type,
            Boolean required,
            @Min(1) @Max(4000) Integer maxLength,
            @Size(max = 30) List<@Valid @NotNull OptionRequest> options) {
    }

    record OptionRequest(@NotNull @Pattern(regexp = KEY, message = "{calls.field.key}") String id, @NotNull @Valid Title label) {
    }
}
