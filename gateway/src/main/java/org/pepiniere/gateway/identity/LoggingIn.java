package org.pepiniere.gateway.identity;

import reactor.core.publisher.Mono;

/**
 * A person logs in with email and password and gets a token. An unknown address and a wrong
 * password get the same answer after the same work, so nobody learns who has an account.
 */
public class LoggingIn {

    private final Users users;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;

    public LoggingIn(Users users, PasswordHasher hasher, TokenIssuer tokens) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
    }

    public sealed interface Outcome {

        record LoggedIn(User user, AccessToken token) implements Outcome {
        }

        record Refused(Refusal refusal) implements Outcome {
        }
    }

    public Mono<Outcome> logIn(String email, String password) {
        var secret = new Password(password);
        var refused = new Outcome.Refused(Refusal.WRONG_CREDENTIALS);
        return Email.parse(email).map(users::withEmail).orElseGet(Mono::empty)
                .flatMap(user -> hasher.matches(secret, user.passwordHash())
                        .flatMap(matches -> matches
                                ? tokens.issue(user).<Outcome>map(token -> new Outcome.LoggedIn(user, token))
                                : Mono.just(refused)))
                .switchIfEmpty(Mono.defer(() -> hasher.matchesNothing(secret).thenReturn(refused)));
    }
}
