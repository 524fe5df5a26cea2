package org.pepiniere.gateway.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;

/** Everything needed to create a user, each part already checked. */
public record Enrolment(
        Email email,
        Password password,
        DisplayName displayName,
        Language language,
        Set<Role> roles,
        @Nullable OrganisationId organisationId,
        IncubatorId incubatorId) {

    /** The details as a person typed them; {@link #check()} says what is wrong with them, all at once. */
    public record Form(
            @Nullable String email,
            @Nullable String password,
            @Nullable String displayName,
            @Nullable String language,
            @Nullable Collection<Role> roles,
            @Nullable String organisationId,
            String incubatorId) {

        public Checked check() {
            List<InvalidField> problems = new ArrayList<>();
            var parsedEmail = Email.parse(email);
            if (parsedEmail.isEmpty()) {
                problems.add(new InvalidField("email", email == null || email.isBlank() ? FieldRule.REQUIRED : FieldRule.NOT_AN_EMAIL));
            }
            Password.policyProblem(password).ifPresent(reason -> problems.add(new InvalidField("password", reason)));
            FieldRule nameProblem = DisplayName.problem(displayName);
            if (nameProblem != null) {
                problems.add(new InvalidField("displayName", nameProblem));
            }
            var parsedLanguage = language == null ? Optional.of(Language.DEFAULT) : Language.ofCode(language);
            if (parsedLanguage.isEmpty()) {
                problems.add(new InvalidField("language", FieldRule.UNKNOWN_LANGUAGE));
            }
            checkRoles(problems);
            if (!IncubatorId.isValid(incubatorId)) {
                problems.add(new InvalidField("incubatorId", FieldRule.NOT_A_SLUG));
            }
            if (!problems.isEmpty()) {
                return new Checked.Invalid(List.copyOf(problems));
            }
            return new Checked.Valid(new Enrolment(parsedEmail.orElseThrow(), new Password(password),
                    new DisplayName(Objects.requireNonNull(displayName)), parsedLanguage.orElseThrow(),
                    EnumSet.copyOf(Objects.requireNonNull(roles)),
                    organisationId == null ? null : new OrganisationId(organisationId), new IncubatorId(incubatorId)));
        }

        private void checkRoles(List<InvalidField> problems) {
            if (roles == null || roles.isEmpty()) {
                problems.add(new InvalidField("roles", FieldRule.NO_ROLE));
            } else if (roles.stream().anyMatch(Objects::isNull)) {
                problems.add(new InvalidField("roles", FieldRule.NULL_ROLE));
            }
            if (organisationId != null && !OrganisationId.isValid(organisationId)) {
                problems.add(new InvalidField("organisationId", FieldRule.NOT_A_SLUG));
            } else if (organisationId == null && roles != null && roles.contains(Role.BANK)) {
                problems.add(new InvalidField("organisationId", FieldRule.ORGANISATION_REQUIRED));
            }
        }
    }

    /** Checked details, or every problem found in them. */
    public sealed interface Checked {

        record Valid(Enrolment enrolment) implements Checked {
        }

        record Invalid(List<InvalidField> problems) implements Checked {
        }
    }
}
