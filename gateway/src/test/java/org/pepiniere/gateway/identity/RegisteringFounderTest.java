package org.pepiniere.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepiniere.gateway.identity.IdentityFixture.founder;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.Role;

class RegisteringFounderTest {

    private final IdentityFixture identity = new IdentityFixture();

    @Test
    void registersAFounderInTheDemoIncubatorWhenNoneIsNamed() {
        var outcome = identity.registering().register(founder("ada@example.org")).block();

        assertThat(outcome).isInstanceOf(RegisteringFounder.Outcome.Accepted.class);
        assertThat(identity.users.byEmail.get("ada@example.org")).satisfies(user -> {
            assertThat(user.incubatorId()).isEqualTo(IdentityFixture.DEMO);
            assertThat(user.roles()).containsExactly(Role.FOUNDER);
            assertThat(user.language()).isEqualTo(Language.FR);
        });
    }

    @Test
    void announcesTheFounderInTheSameWriteAsTheAccount() {
        identity.registering().register(founder("ada@example.org")).block();

        var user = identity.users.byEmail.get("ada@example.org");
        assertThat(identity.users.events).singleElement().satisfies(event -> {
            assertThat(event.userId()).isEqualTo(user.id().toString());
            assertThat(event.email()).isEqualTo("ada@example.org");
            assertThat(event.incubatorId()).isEqualTo("imt-mines-ales-enscm");
            assertThat(event.roles()).isEqualTo(Set.of(Role.FOUNDER));
            assertThat(event.occurredAt()).isEqualTo(IdentityFixture.NOW);
            assertThat(event.eventId()).isNotEqualTo(event.userId());
        });
    }

    @Test
    void answersAnEmailThatAlreadyHasAnAccountAsANewOneAndLeavesTheAccountAlone() {
        var first = identity.registering().register(founder("ada@example.org")).block();
        var existing = identity.users.byEmail.get("ada@example.org");

        var again = identity.registering().register(founder("ADA@Example.org")).block();

        assertThat(again).isEqualTo(first);
        assertThat(identity.users.byEmail.get("ada@example.org")).isEqualTo(existing);
        assertThat(identity.users.events).hasSize(1);
    }

    @Test
    void hashesThePasswordOfAnEmailThatAlreadyHasAnAccountAsForANewOne() {
        identity.registering().register(founder("ada@example.org")).block();
        int hashesForANewEmail = identity.hasher.hashes.get();

        identity.registering().register(founder("ada@example.org")).block();

        assertThat(identity.hasher.hashes.get()).isEqualTo(2 * hashesForANewEmail).isPositive();
    }

    @Test
    void refusesAnIncubatorThatDoesNotExist() {
        var command = new RegisteringFounder.RegisterFounder("ada@example.org", "a long enough secret", "Ada", "en", "nowhere");

        var outcome = identity.registering().register(command).block();

        assertThat(outcome).isEqualTo(new RegisteringFounder.Outcome.Refused(Refusal.UNKNOWN_INCUBATOR));
        assertThat(identity.users.byEmail).isEmpty();
    }

    @Test
    void storesNothingForInvalidDetails() {
        var command = new RegisteringFounder.RegisterFounder("ada@example.org", "too short", "Ada", "fr", null);

        var outcome = identity.registering().register(command).block();

        assertThat(outcome).isInstanceOf(RegisteringFounder.Outcome.Invalid.class);
        assertThat(identity.users.byEmail).isEmpty();
        assertThat(identity.users.events).isEmpty();
    }
}
