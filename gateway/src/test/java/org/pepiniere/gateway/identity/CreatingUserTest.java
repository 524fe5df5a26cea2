package org.pepiniere.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.Role;

class CreatingUserTest {

    private final IdentityFixture identity = new IdentityFixture().withDemoBank();

    private static CreatingUser.CreateUser bankUser(String organisationId) {
        return new CreatingUser.CreateUser("nadia@bank.example", "a long enough secret", "Nadia Leroy", "fr",
                List.of(Role.BANK), organisationId);
    }

    @Test
    void staffCreatesABankUserOfTheirOwnIncubator() {
        var outcome = identity.creating().create(IdentityFixture.staffOf(IdentityFixture.DEMO), bankUser("credit-agricole-demo")).block();

        assertThat(outcome).isInstanceOfSatisfying(EnrolmentOutcome.Created.class, created -> {
            assertThat(created.user().incubatorId()).isEqualTo(IdentityFixture.DEMO);
            assertThat(created.user().roles()).containsExactly(Role.BANK);
            assertThat(created.user().organisationId()).isEqualTo(new OrganisationId("credit-agricole-demo"));
        });
        assertThat(identity.users.events).singleElement()
                .satisfies(event -> assertThat(event.organisationId()).isEqualTo("credit-agricole-demo"));
    }

    @Test
    void refusesAFounderWhoTriesToCreateUsers() {
        var outcome = identity.creating().create(IdentityFixture.founderOf(IdentityFixture.DEMO), bankUser("credit-agricole-demo")).block();

        assertThat(outcome).isEqualTo(new EnrolmentOutcome.Refused(Refusal.STAFF_ONLY));
        assertThat(identity.users.byEmail).isEmpty();
    }

    @Test
    void refusesABankUserWithoutAnOrganisation() {
        var outcome = identity.creating().create(IdentityFixture.staffOf(IdentityFixture.DEMO), bankUser(null)).block();

        assertThat(outcome).isInstanceOfSatisfying(EnrolmentOutcome.Invalid.class, invalid ->
                assertThat(invalid.problems()).extracting(InvalidField::field).containsExactly("organisationId"));
        assertThat(identity.users.byEmail).isEmpty();
    }

    @Test
    void refusesABankUserOfAnOrganisationThatIsNotARegisteredBank() {
        var outcome = identity.creating().create(IdentityFixture.staffOf(IdentityFixture.DEMO), bankUser("any-bank-at-all")).block();

        assertThat(outcome).isEqualTo(new EnrolmentOutcome.Invalid(
                List.of(new InvalidField("organisationId", FieldRule.NOT_A_PARTNER_BANK))));
        assertThat(identity.users.byEmail).isEmpty();
        assertThat(identity.users.events).isEmpty();
    }

    @Test
    void refusesABankUserOfABankOfAnotherIncubator() {
        var other = new Incubator(new IncubatorId("other-incubator"), "Other");
        identity.incubators.with(other);

        var outcome = identity.creating().create(IdentityFixture.staffOf(other.id()), bankUser("credit-agricole-demo")).block();

        assertThat(outcome).isInstanceOf(EnrolmentOutcome.Invalid.class);
        assertThat(identity.users.byEmail).isEmpty();
    }

    @Test
    void givesAUserEveryRoleStaffChose() {
        var command = new CreatingUser.CreateUser("marie@example.org", "a long enough secret", "Marie", "en",
                List.of(Role.JUROR, Role.MENTOR), null);

        var outcome = identity.creating().create(IdentityFixture.staffOf(IdentityFixture.DEMO), command).block();

        assertThat(((EnrolmentOutcome.Created) outcome).user().roles()).containsExactlyInAnyOrder(Role.JUROR, Role.MENTOR);
    }
}
