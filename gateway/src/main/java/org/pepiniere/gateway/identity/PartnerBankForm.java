package org.pepiniere.gateway.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** The details of a partner bank as staff typed them; {@link #check} says what is wrong with them, all at once. */
public record PartnerBankForm(
        @Nullable String id,
        @Nullable String name,
        @Nullable String descriptionFr,
        @Nullable String descriptionEn) {

    public sealed interface Checked {

        record Valid(PartnerBank bank) implements Checked {
        }

        record Invalid(List<InvalidField> problems) implements Checked {
        }
    }

    public Checked check(IncubatorId incubator, Instant now) {
        List<InvalidField> problems = new ArrayList<>();
        if (id == null || id.isBlank()) {
            problems.add(new InvalidField("id", FieldRule.REQUIRED));
        } else if (!OrganisationId.isValid(id)) {
            problems.add(new InvalidField("id", FieldRule.NOT_A_SLUG));
        }
        // a bank is named to people as a person is: one visible line of at most 120 characters
        FieldRule nameProblem = DisplayName.problem(name);
        if (nameProblem != null) {
            problems.add(new InvalidField("name", nameProblem));
        }
        checkDescription("description.fr", descriptionFr, problems);
        checkDescription("description.en", descriptionEn, problems);
        if (!problems.isEmpty()) {
            return new Checked.Invalid(List.copyOf(problems));
        }
        return new Checked.Valid(new PartnerBank(new OrganisationId(Objects.requireNonNull(id)), incubator,
                Objects.requireNonNull(name).strip(), blankToNull(descriptionFr), blankToNull(descriptionEn), now));
    }

    private static void checkDescription(String field, @Nullable String text, List<InvalidField> problems) {
        if (text != null && text.strip().codePointCount(0, text.strip().length()) > PartnerBank.DESCRIPTION_MAX_LENGTH) {
            problems.add(new InvalidField(field, FieldRule.DESCRIPTION_TOO_LONG));
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
