package org.pepiniere.notifications.webhooks.http;

import java.net.InetSocketAddress;
import java.util.List;

import org.pepiniere.notifications.webhooks.HostResolver;
import org.pepiniere.notifications.webhooks.WebhookTargetPolicy;

import io.netty.resolver.AbstractAddressResolver;
import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Resolves webhook hosts for the HTTP client and fails the resolution when an address is not
 * public. Checking here, on the very addresses the connection will use, closes the gap a check at
 * registration leaves open: a name that later resolves to an internal address (DNS rebinding).
 * Failing the resolution, rather than filtering resolved addresses, lets Reactor Netty close the
 * channel it prepared. Lookups block, so they run on the bounded elastic scheduler.
 */
final class GuardedAddressResolverGroup extends AddressResolverGroup<InetSocketAddress> {

    private final WebhookTargetPolicy policy;
    private final HostResolver resolver;

    GuardedAddressResolverGroup(WebhookTargetPolicy policy, HostResolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    @Override
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
        return new GuardedResolver(executor);
    }

    private final class GuardedResolver extends AbstractAddressResolver<InetSocketAddress> {

        GuardedResolver(EventExecutor executor) {
            super(executor, InetSocketAddress.class);
        }

        @Override
        protected boolean doIsResolved(InetSocketAddress address) {
            return !address.isUnresolved();
        }

        @Override
        protected void doResolve(InetSocketAddress unresolved, Promise<InetSocketAddress> promise) {
            lookup(unresolved).subscribe(addresses -> promise.trySuccess(addresses.get(0)), promise::tryFailure);
        }

        @Override
        protected void doResolveAll(InetSocketAddress unresolved, Promise<List<InetSocketAddress>> promise) {
            lookup(unresolved).subscribe(promise::trySuccess, promise::tryFailure);
        }

        private Mono<List<InetSocketAddress>> lookup(InetSocketAddress unresolved) {
            String host = unresolved.getHostString();
            return Mono.fromCallable(() -> {
                var addresses = resolver.resolve(host);
                var refusal = policy.judge(host, addresses);
                if (refusal.isPresent()) {
                    throw new ForbiddenTargetException(refusal.get());
                }
                return addresses.stream().map(address -> new InetSocketAddress(address, unresolved.getPort())).toList();
            }).subscribeOn(Schedulers.boundedElastic());
        }
    }
}
