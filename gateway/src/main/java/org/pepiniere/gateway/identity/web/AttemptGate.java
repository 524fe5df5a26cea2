package org.pepiniere.gateway.identity.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.pepiniere.gateway.identity.limits.AttemptLimits;
import org.pepiniere.gateway.identity.limits.AttemptLimits.Kind;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** Lets a login or a registration through, or refuses it with a 429 when its address or account tried too often. */
public class AttemptGate {

    private final AttemptLimits limits;
    private final boolean trustForwardedFor;

    public AttemptGate(AttemptLimits limits, boolean trustForwardedFor) {
        this.limits = limits;
        this.trustForwardedFor = trustForwardedFor;
    }

    Mono<Void> login(ServerWebExchange exchange, @Nullable String email) {
        return admit(exchange, Kind.LOGIN_BY_ADDRESS, Kind.LOGIN_BY_ACCOUNT, email);
    }

    Mono<Void> registration(ServerWebExchange exchange, @Nullable String email) {
        return admit(exchange, Kind.REGISTRATION_BY_ADDRESS, Kind.REGISTRATION_BY_ACCOUNT, email);
    }

    private Mono<Void> admit(ServerWebExchange exchange, Kind byAddress, Kind byAccount, @Nullable String email) {
        return Mono.defer(() -> {
            Optional<Duration> wait = limits.attempt(byAddress, ClientAddress.of(exchange.getRequest(), trustForwardedFor));
            if (wait.isEmpty() && email != null && !email.isBlank()) {
                // the same account however its address is typed
                wait = limits.attempt(byAccount, email.trim().toLowerCase(Locale.ROOT));
            }
            return wait.isPresent() ? Mono.error(new TooManyAttempts(wait.get())) : Mono.empty();
        });
    }
}
