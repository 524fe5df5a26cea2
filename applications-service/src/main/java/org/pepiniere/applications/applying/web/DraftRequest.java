package org.pepiniere.applications.applying.web;

import java.util.List;
import java.util.Map;

import org.pepiniere.applications.applying.Needs;
import org.pepiniere.applications.applying.Sector;
import org.pepiniere.applications.applying.Stage;
import org.pepiniere.platform.web.NoOperatorKeys;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An application as a founder writes it: the body of a new draft, and of a revision that replaces its whole content.
 *
 * @param needs expertise tags such as "levée de fonds"; stored lower case with single spaces, each once
 */
record DraftRequest(
        @Size(max = 64) String callId,
        @NotBlank @Size(max = 120) String startupName,
        @NotBlank @Size(max = 4000) String summary,
        @NotNull Sector sector,
        @NotNull Stage stage,
        @PositiveOrZero @Max(10_000_000_000L) Long amountSoughtCents,
        @Pattern(regexp = "[A-Z]{3}", message = "{applications.currency}") String currency,
        @NoOperatorKeys @Size(max = 50) Map<@Pattern(regexp = "[A-Za-z0-9_-]{1,64}",
                message = "{applications.question-id}") String, @Size(max = 4000) String> answers,
        @Size(max = 12) List<@Valid @NotNull Member> team,
        @Size(max = Needs.MAX_TAGS) List<@NotBlank @Size(max = Needs.MAX_TAG_LENGTH)
                @Pattern(regexp = "\\s*" + Needs.TAG_PATTERN + "\\s*", message = "{applications.need-tag}") String> needs) {

    record Member(
            @NotBlank @Size(max = 120) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 120) String affiliation) {
    }
}
