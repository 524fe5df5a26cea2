package org.pepiniere.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.Role;

class SeedingDemoTest {

    private final IdentityFixture identity = new IdentityFixture();
    private final SeedingDemo seeding = new SeedingDemo(identity.incubators, identity.enrolling);

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
    }

    @Test
    void letsEveryDemoUserLogInWithTheDemoPassword() {
        seeding.seed().block();

        var outcome = identity.loggingIn().logIn("jury@pepiniere.demo", DemoTenant.PASSWORD).block();

        assertThat(outcome).isInstanceOf(LoggingIn.Outcome.LoggedIn.class);
    }
}
