package org.pepiniere.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.Role;

class EnrolmentFormTest {

    private static Enrolment.Form form(String email, String password, String displayName, String language, Set<Role> roles,
            String organisationId) {
        return new Enrolment.Form(email, password, displayName, language, roles, organisationId, "imt-mines-ales-enscm");
    }

    @Test
    void listsEveryInvalidFieldAtOnce() {
        var checked = form("not-an-email", "short", " ", "de", Set.of(), null).check();

        assertThat(checked).isInstanceOfSatisfying(Enrolment.Checked.Invalid.class, invalid ->
                assertThat(invalid.problems()).extracting(InvalidField::field)
                        .containsExactly("email", "password", "displayName", "language", "roles"));
    }

    @Test
    void requiresAnOrganisationForABankUser() {
        var checked = form("bank@example.org", "a long enough secret", "Nadia", "fr", Set.of(Role.BANK), null).check();

        assertThat(checked).isInstanceOfSatisfying(Enrolment.Checked.Invalid.class, invalid ->
                assertThat(invalid.problems()).containsExactly(new InvalidField("organisationId", FieldRule.ORGANISATION_REQUIRED)));
    }

    @Test
    void countsPasswordLengthInCharactersNotBytes() {
        var checked = form("ada@example.org", "éléphantés", "Ada", "fr", Set.of(Role.FOUNDER), null).check();

        assertThat(checked).isInstanceOf(Enrolment.Checked.Valid.class);
    }

    @Test
    void refusesAPasswordLongerThan128Characters() {
        var checked = form("ada@example.org", "x".repeat(129), "Ada", "fr", Set.of(Role.FOUNDER), null).check();

        assertThat(checked).isInstanceOfSatisfying(Enrolment.Checked.Invalid.class, invalid ->
                assertThat(invalid.problems()).extracting(InvalidField::field).containsExactly("password"));
    }

    @Test
    void choosesFrenchWhenNoLanguageIsGiven() {
        var checked = form("ada@example.org", "a long enough secret", "Ada", null, Set.of(Role.FOUNDER), null).check();

        assertThat(((Enrolment.Checked.Valid) checked).enrolment().language()).isEqualTo(Language.FR);
    }

    @Test
    void refusesANameOnSeveralLines() {
        var checked = form("ada@example.org", "a long enough secret", "Ada\nLovelace", "en", Set.of(Role.FOUNDER), null).check();

        assertThat(checked).isInstanceOfSatisfying(Enrolment.Checked.Invalid.class, invalid ->
                assertThat(invalid.problems()).extracting(InvalidField::field).containsExactly("displayName"));
    }
}
