package org.pepiniere.notifications.retry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;

/**
 * Starts work without making the caller wait for it, carrying the caller's Reactor context (and so
 * its correlation id) along. The work is already stored; if it fails here, a sweep does it later.
 */
public final class Background {

    private static final Logger log = LoggerFactory.getLogger(Background.class);

    public static Mono<Void> start(String what, Mono<?> work) {
        return Mono.deferContextual(context -> {
            work.contextWrite(context).subscribe(done -> { }, e -> log.warn("{} left for the sweep: {}", what, e.toString()));
            return Mono.empty();
        });
    }

    private Background() {
    }
}
