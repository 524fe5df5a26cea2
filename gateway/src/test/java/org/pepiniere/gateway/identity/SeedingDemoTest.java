package org.pepiniere.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.Role;

class SeedingDemoTest {

    private final IdentityFixture identity = new IdentityFixture();
    private final SeedingDemo seeding = identity.seeding();

    @Test
    void createsTheDemoIncubatorAndOneUserPerRole() {
        long created = seeding.seed().block();

        assertThat(created).isEqualTo(5);
        assertThat(identity.users.byEmail.values()).flatExtracting(User::roles)
                .containsExactlyInAnyOrder(Role.values());
        assertThat(identity.users.byEmail.get("banque@pepiniere.demo").organisationId())
                .isEqualTo(new OrganisationId("credit-agricole-demo"));
    }

    @Test
    void announcesNobodyAgainWhenRunTwice() {
        seeding.seed().block();

        long createdAgain = seeding.seed().block();

        assertThat(createdAgain).isZero();
        assertThat(identity.users.events).hasSize(5);
        assertThat(identity.banks.events).hasSize(1);
    }

    @Test
    void registersTheDemoBankBeforeItsUserWhoBelongsToIt() {
        seeding.seed().block();

        assertThat(identity.banks.events).singleElement().satisfies(event -> {
            assertThat(event.organisationId()).isEqualTo("credit-agricole-demo");
            assertThat(event.incubatorId()).isEqualTo(DemoTenant.INCUBATOR.id().value());
            assertThat(event.name()).isEqualTo("Crédit Agricole (démo)");
        });
    }

    @Test
    void keepsAStoreWhoseDemoBankUserCameBeforePartnerBanksWorking() {
        // an older store: the demo users exist, seeded when any organisation id was accepted, but no bank is registered
        var older = new IdentityFixture();
        var bankUser = DemoTenant.USERS.get(4);
        older.banks.add(((PartnerBankForm.Checked.Valid) DemoTenant.BANK.check(IdentityFixture.DEMO, IdentityFixture.NOW)).bank(),
                null).block();
        older.enrolling.enrol(bankUser).block();
        older.banks.bySubject.clear();
        older.banks.events.clear();

        long created = older.seeding().seed().block();

        assertThat(created).isEqualTo(4);
        assertThat(older.banks.events).singleElement().satisfies(event ->
                assertThat(event.organisationId()).isEqualTo(older.users.byEmail.get("banque@pepiniere.demo").organisationId().value()));
    }

    @Test
    void letsEveryDemoUserLogInWithTheDemoPassword() {
        seeding.seed().block();

        var outcome = identity.loggingIn().logIn("jury@pepiniere.demo", DemoTenant.PASSWORD).block();

        assertThat(outcome).isInstanceOf(LoggingIn.Outcome.LoggedIn.class);
    }
}
