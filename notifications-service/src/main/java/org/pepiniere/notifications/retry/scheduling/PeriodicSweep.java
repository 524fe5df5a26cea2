package org.pepiniere.notifications.retry.scheduling;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a sweep of due work at a fixed interval while the application runs, one sweep at a time.
 * The work itself is durable in MongoDB, so a restart resumes where the last process stopped.
 */
public class PeriodicSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicSweep.class);

    private final String name;
    private final Duration interval;
    private final Supplier<Mono<Long>> sweep;
    private volatile Disposable running;

    public PeriodicSweep(String name, Duration interval, Supplier<Mono<Long>> sweep) {
        this.name = name;
        this.interval = interval;
        this.sweep = sweep;
    }

    @Override
    public void start() {
        running = Flux.interval(interval, interval)
                .onBackpressureDrop()
                .concatMap(tick -> Mono.defer(sweep).onErrorResume(e -> {
                    log.warn("Sweep of {} failed, next one in {}: {}", name, interval, e.toString());
                    return Mono.just(0L);
                }), 1)
                .subscribe(done -> {
                    if (done > 0) {
                        log.info("Sweep of {} handled {} due item(s)", name, done);
                    }
                });
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
