package org.pepiniere.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pepiniere.contracts.identity.Role;

class RegisteringPartnerBankTest {

    private final IdentityFixture identity = new IdentityFixture();
    private final RegisteringPartnerBank registering = identity.registeringBank();

    private static PartnerBankForm bank(String id) {
        return new PartnerBankForm(id, "  Banque Populaire du Sud ", "Banque régionale", " ");
    }

    @Test
    void registersABankInTheStaffsIncubatorAndAnnouncesIt() {
        var outcome = registering.register(IdentityFixture.staffOf(IdentityFixture.DEMO), bank("bp-sud")).block();

        assertThat(outcome).isInstanceOfSatisfying(RegisteringPartnerBank.Outcome.Registered.class, registered -> {
            assertThat(registered.bank().incubatorId()).isEqualTo(IdentityFixture.DEMO);
            assertThat(registered.bank().name()).isEqualTo("Banque Populaire du Sud");
            assertThat(registered.bank().descriptionEn()).isNull();
            assertThat(registered.bank().registeredAt()).isEqualTo(IdentityFixture.NOW);
        });
        assertThat(identity.banks.events).singleElement().satisfies(event -> {
            assertThat(event.organisationId()).isEqualTo("bp-sud");
            assertThat(event.incubatorId()).isEqualTo(IdentityFixture.DEMO.value());
            assertThat(event.descriptionFr()).isEqualTo("Banque régionale");
        });
    }

    @Test
    void refusesAnIdTheIncubatorAlreadyHasAndAnnouncesNothingMore() {
        registering.register(IdentityFixture.staffOf(IdentityFixture.DEMO), bank("bp-sud")).block();

        var again = registering.register(IdentityFixture.staffOf(IdentityFixture.DEMO), bank("bp-sud")).block();

        assertThat(again).isEqualTo(new RegisteringPartnerBank.Outcome.Refused(Refusal.PARTNER_BANK_TAKEN));
        assertThat(identity.banks.events).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "STAFF", mode = EnumSource.Mode.EXCLUDE)
    void refusesEveryoneButStaff(Role role) {
        var requester = new CreatingUser.Requester("someone", IdentityFixture.DEMO.value(), java.util.Set.of(role));

        var outcome = registering.register(requester, bank("bp-sud")).block();

        assertThat(outcome).isEqualTo(new RegisteringPartnerBank.Outcome.Refused(Refusal.BANKS_STAFF_ONLY));
        assertThat(identity.banks.bySubject).isEmpty();
        assertThat(registering.list(requester).collectList().block()).isEmpty();
    }

    @Test
    void hidesTheBanksOfAnotherIncubator() {
        registering.register(IdentityFixture.staffOf(IdentityFixture.DEMO), bank("bp-sud")).block();
        var otherStaff = IdentityFixture.staffOf(new IncubatorId("other-incubator"));

        assertThat(registering.list(otherStaff).collectList().block()).isEmpty();
        assertThat(registering.find(otherStaff, "bp-sud").blockOptional()).isEmpty();
    }

    @Test
    void namesEveryInvalidField() {
        var form = new PartnerBankForm("Not A Slug", "", "x".repeat(281), null);

        var outcome = registering.register(IdentityFixture.staffOf(IdentityFixture.DEMO), form).block();

        assertThat(outcome).isInstanceOfSatisfying(RegisteringPartnerBank.Outcome.Invalid.class, invalid ->
                assertThat(invalid.problems()).containsExactly(new InvalidField("id", FieldRule.NOT_A_SLUG),
                        new InvalidField("name", FieldRule.REQUIRED), new InvalidField("description.fr", FieldRule.DESCRIPTION_TOO_LONG)));
        assertThat(identity.banks.bySubject).isEmpty();
    }
}
