package org.pepiniere.platform.web;

import java.util.UUID;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * What follows a piece of work across HTTP and Kafka: the correlation id and the W3C trace context.
 * It travels in the Reactor context; {@link #CORRELATION_ID} is also mirrored into the logging MDC.
 *
 * @param traceparent W3C {@code traceparent} of the request or event that started the work, or null
 */
public record RequestContext(String correlationId, String traceparent) {

    /** The Reactor context key, and the MDC key that structured logs print. */
    public static final String CORRELATION_ID = "correlationId";

    public static RequestContext fresh() {
        return new RequestContext(UUID.randomUUID().toString(), null);
    }

    /** The context of the running pipeline, or a fresh one when nothing set it. */
    public static Mono<RequestContext> current() {
        return Mono.deferContextual(ctx -> Mono.just(from(ctx)));
    }

    public static RequestContext from(ContextView ctx) {
        return ctx.getOrEmpty(RequestContext.class).map(RequestContext.class::cast).orElseGet(RequestContext::fresh);
    }

    public Context writeTo(Context ctx) {
        return ctx.put(RequestContext.class, this).put(CORRELATION_ID, correlationId);
    }
}
