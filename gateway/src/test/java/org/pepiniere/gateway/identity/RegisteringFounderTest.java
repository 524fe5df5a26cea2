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

        assertThat(outcome).isInstanceOfSatisfying(EnrolmentOutcome.Created.class, created -> {
            assertThat(created.user().incubatorId()).isEqualTo(IdentityFixture.DEMO);
            assertThat(created.user().roles()).containsExactly(Role.FOUNDER);
            assertThat(created.user().language()).isEqualTo(Language.FR);
        });
    }

    @Test
    void announcesTheFounderInTheSameWriteAsTheAccount() {
        var outcome = identity.registering().register(founder("ada@example.org")).block();

        var user = ((EnrolmentOutcome.Created) outcome).user();
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
    void refusesAnEmailThatAlreadyHasAnAccountWhateverItsCase() {
        identity.registering().register(founder("ada@example.org")).block();

        var outcome = identity.registering().register(founder("ADA@Example.org")).block();

        assertThat(outcome).isEqualTo(new EnrolmentOutcome.Refused(Refusal.EMAIL_TAKEN));
        assertThat(identity.users.events).hasSize(1);
    }

    @Test
    void refusesAnIncubatorThatDoesNotExist() {
        var command = new RegisteringFounder.RegisterFounder("ada@example.org", "a long enough secret", "Ada", "en", "nowhere");

        var outcome = identity.registering().register(command).block();

        assertThat(outcome).isEqualTo(new EnrolmentOutcome.Refused(Refusal.UNKNOWN_INCUBATOR));
        assertThat(identity.users.byEmail).isEmpty();
    }

    @Test
    void storesNothingForInvalidDetails() {
        var command = new RegisteringFounder.RegisterFounder("ada@example.org", "too short", "Ada", "fr", null);

        var outcome = identity.registering().register(command).block();

        assertThat(outcome).isInstanceOf(EnrolmentOutcome.Invalid.class);
        assertThat(identity.users.byEmail).isEmpty();
        assertThat(identity.users.events).isEmpty();
    }
}
