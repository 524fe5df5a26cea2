package org.pepiniere.notifications.webhooks;

import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Checks a URL's host against the target policy, resolving names first (every address must pass). */
public final class WebhookTargets {

    private static final Duration RESOLUTION_TIMEOUT = Duration.ofSeconds(5);

    private final WebhookTargetPolicy policy;
    private final HostResolver resolver;

    public WebhookTargets(WebhookTargetPolicy policy, HostResolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    public Mono<Optional<Refusal>> check(URI url) {
        String host = WebhookTargetPolicy.host(url);
        if (policy.allowListed(host)) {
            return Mono.just(Optional.empty());
        }
        var literal = WebhookTargetPolicy.literal(host);
        if (literal.isPresent()) {
            return Mono.just(policy.judge(host, List.of(literal.get())));
        }
        return Mono.fromCallable(() -> resolver.resolve(host))
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(RESOLUTION_TIMEOUT)
                .map(addresses -> policy.judge(host, addresses))
                .onErrorResume(e -> e instanceof UnknownHostException || e instanceof TimeoutException,
                        e -> Mono.just(Optional.of(WebhookTargetPolicy.unresolvable(host))));
    }
}
