package org.pepiniere.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepiniere.gateway.identity.IdentityFixture.founder;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoggingInTest {

    private final IdentityFixture identity = new IdentityFixture();

    @BeforeEach
    void registerAda() {
        identity.registering().register(founder("ada@example.org")).block();
    }

    @Test
    void issuesATokenForTheRightPassword() {
        var outcome = identity.loggingIn().logIn("Ada@example.org", "a long enough secret").block();

        assertThat(outcome).isInstanceOfSatisfying(LoggingIn.Outcome.LoggedIn.class,
                loggedIn -> assertThat(loggedIn.token().value()).isEqualTo("token-of-ada@example.org"));
    }

    @Test
    void refusesAWrongPassword() {
        var outcome = identity.loggingIn().logIn("ada@example.org", "a wrong secret").block();

        assertThat(outcome).isEqualTo(new LoggingIn.Outcome.Refused(Refusal.WRONG_CREDENTIALS));
    }

    @Test
    void answersAnUnknownAddressLikeAWrongPasswordAfterTheSameWork() {
        var outcome = identity.loggingIn().logIn("nobody@example.org", "a long enough secret").block();

        assertThat(outcome).isEqualTo(new LoggingIn.Outcome.Refused(Refusal.WRONG_CREDENTIALS));
        assertThat(identity.hasher.comparisons).hasValue(1);
    }

    @Test
    void answersWhatIsNotAnAddressLikeAWrongPassword() {
        var outcome = identity.loggingIn().logIn("{\"$gt\": \"\"}", "a long enough secret").block();

        assertThat(outcome).isEqualTo(new LoggingIn.Outcome.Refused(Refusal.WRONG_CREDENTIALS));
        assertThat(identity.hasher.comparisons).hasValue(1);
    }
}
