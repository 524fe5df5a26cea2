package org.pepiniere.gateway.identity.wiring;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.ApplicationListener;

import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Creates the unique index and seeds the demo once the application runs, retrying while MongoDB is
 * not reachable yet. Until it is done the gateway reports itself not ready (health group readiness).
 * With the demo accounts on, it says loudly that anyone can log in with their published password.
 */
class IdentityStartup implements ApplicationListener<ApplicationReadyEvent>, ReactiveHealthIndicator, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IdentityStartup.class);

    private final Mono<Void> preparingStore;
    private final Mono<Long> seeding;
    private final boolean demoAccounts;
    private final AtomicBoolean ready = new AtomicBoolean();
    private volatile Disposable running;

    /**
     * @param preparingStore creates the indexes
     * @param seeding        creates what the demo needs; completes with the number of users created
     */
    IdentityStartup(Mono<Void> preparingStore, Mono<Long> seeding, boolean demoAccounts) {
        this.preparingStore = preparingStore;
        this.seeding = seeding;
        this.demoAccounts = demoAccounts;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (demoAccounts) {
            log.warn("The demo accounts are enabled: anyone can log in as staff, juror, mentor, founder or bank with the "
                    + "password the README publishes. Never on a real deployment (pepiniere.identity.demo-accounts=false).");
        }
        running = preparingStore
                .then(seeding)
                .doOnError(e -> log.warn("Identity store not prepared yet, retrying: {}", e.toString()))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(10)))
                .subscribe(created -> {
                    ready.set(true);
                    log.info("Identity store ready; {} demo user(s) created", created);
                });
    }

    @Override
    public Mono<Health> health() {
        return Mono.just(ready.get() ? Health.up().build() : Health.outOfService().withDetail("identity", "preparing").build());
    }

    @Override
    public void destroy() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
    }
}
