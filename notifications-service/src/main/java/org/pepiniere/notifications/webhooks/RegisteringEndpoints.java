package org.pepiniere.notifications.webhooks;

import java.net.URI;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import org.pepiniere.notifications.webhooks.Registration.Refused;
import org.pepiniere.notifications.webhooks.Registration.Registered;

import reactor.core.publisher.Mono;

/** A bank registers an endpoint: well formed, subscribed to known types, aimed at a public host. */
public final class RegisteringEndpoints {

    public static final int MAX_ENDPOINTS_PER_OWNER = 20;

    private final Endpoints endpoints;
    private final WebhookTargets targets;
    private final Supplier<String> ids;
    private final RandomGenerator random;
    private final Clock clock;

    public RegisteringEndpoints(Endpoints endpoints, WebhookTargets targets, Supplier<String> ids, RandomGenerator random, Clock clock) {
        this.endpoints = endpoints;
        this.targets = targets;
        this.ids = ids;
        this.random = random;
        this.clock = clock;
    }

    public Mono<Registration> register(RegisterEndpoint command) {
        var invalid = EndpointRules.check(command);
        if (invalid.isPresent()) {
            return Mono.just(new Refused(invalid.get()));
        }
        var url = URI.create(command.url());
        return targets.check(url).flatMap(refusal -> refusal.isPresent()
                ? Mono.just(new Refused(refusal.get()))
                : endpoints.countOwned(command.owner()).flatMap(count -> count >= MAX_ENDPOINTS_PER_OWNER
                        ? Mono.just(new Refused(Refusal.of(Refusal.Reason.TOO_MANY_ENDPOINTS, MAX_ENDPOINTS_PER_OWNER)))
                        : endpoints.add(endpoint(command, url)).map(Registered::new)));
    }

    private Endpoint endpoint(RegisterEndpoint command, URI url) {
        var secret = command.secret() == null ? WebhookSecret.generate(random) : new WebhookSecret(command.secret());
        String description = command.description() == null || command.description().isBlank() ? null : command.description().strip();
        return new Endpoint(ids.get(), command.owner(), url, command.eventTypes(), description, secret, clock.instant());
    }
}
