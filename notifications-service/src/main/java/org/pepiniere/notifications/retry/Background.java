package org.pepiniere.notifications.retry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;

/**
 * Starts work without making the caller wait for it, carrying the caller's Reactor context (and so
 * its correlation id) along. The work is already stored; if it fails here, a sweep does it later.
 * <p>
 * A log line inside such work is written from {@code handle} (or {@code tap}): in Reactor's limited
 * context propagation, those are the operators that put the context's correlation id in the MDC.
 */
public final class Background {

    private static final Logger log = LoggerFactory.getLogger(Background.class);

    public static Mono<Void> start(String what, Mono<?> work) {
        return Mono.deferContextual(context -> {
            work.then().onErrorResume(e -> Mono.just(e).handle((failure, sink) -> {
                log.warn("{} left for the sweep: {}", what, failure.toString());
                sink.complete();
            })).contextWrite(context).subscribe();
            return Mono.empty();
        });
    }

    private Background() {
    }
}
