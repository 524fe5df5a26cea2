package org.pepiniere.notifications.webhooks;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;

/**
 * A bank removes an endpoint: it receives nothing more, its pending deliveries are cancelled (the
 * log shows them so), and an attempt still in flight records nothing. Should the process stop between
 * the two writes, the sweep cancels what is left when it finds the endpoint gone.
 */
public final class RemovingEndpoints {

    private static final Logger log = LoggerFactory.getLogger(RemovingEndpoints.class);

    private final Endpoints endpoints;
    private final Deliveries deliveries;
    private final Clock clock;

    public RemovingEndpoints(Endpoints endpoints, Deliveries deliveries, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Emits whether the owner had that endpoint. */
    public Mono<Boolean> remove(EndpointOwner owner, String endpointId) {
        return endpoints.remove(owner, endpointId, clock.instant())
                .flatMap(removed -> removed
                        ? deliveries.cancelPending(endpointId)
                                // handle, not doOnNext: it puts the correlation id of the Reactor context in the MDC
                                .<Void>handle((count, sink) -> {
                                    log.info("Endpoint {} removed, {} pending deliveries cancelled", endpointId, count);
                                    sink.complete();
                                })
                                .thenReturn(true)
                        : Mono.just(false));
    }
}
