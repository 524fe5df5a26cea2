package org.pepiniere.gateway.identity.wiring;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.pepiniere.gateway.identity.SeedingDemo;
import org.pepiniere.gateway.identity.mongo.MongoUsers;
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
 */
class IdentityStartup implements ApplicationListener<ApplicationReadyEvent>, ReactiveHealthIndicator, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IdentityStartup.class);

    private final MongoUsers users;
    private final SeedingDemo seeding;
    private final boolean seedDemo;
    private final AtomicBoolean ready = new AtomicBoolean();
    private volatile Disposable running;

    IdentityStartup(MongoUsers users, SeedingDemo seeding, boolean seedDemo) {
        this.users = users;
        this.seeding = seeding;
        this.seedDemo = seedDemo;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        running = users.createIndexes()
                .then(seedDemo ? seeding.seed() : Mono.just(0L))
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
