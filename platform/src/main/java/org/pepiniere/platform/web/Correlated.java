package org.pepiniere.platform.web;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import reactor.util.context.ContextView;

/**
 * Writes a log line with the correlation id of the work it belongs to in the MDC, where the structured
 * logs print it.
 * <p>
 * Reactor's context propagation runs in its limited mode: thread locals, the MDC among them, are restored
 * from the Reactor context by {@code handle}, {@code tap} and {@code contextCapture} only, not around every
 * signal of every pipeline. The automatic mode did that for four thread locals at each hop between
 * threads and each foreign publisher (Netty's, the MongoDB driver's), which cost about a third of the
 * gateway's CPU and a quarter of the service's on the least request (a founder's GET of one application).
 * A log line written inside a pipeline is therefore written from {@code handle} (the features' plain Java
 * does so), or names its correlation id here: from the Reactor context, from the event it handles, or from
 * the request's response header.
 */
public final class Correlated {

    private Correlated() {
    }

    /** Runs {@code logging} with {@code correlationId} in the MDC; with none, as it is. */
    public static void log(@Nullable String correlationId, Runnable logging) {
        if (correlationId == null) {
            logging.run();
            return;
        }
        String previous = MDC.get(RequestContext.CORRELATION_ID);
        MDC.put(RequestContext.CORRELATION_ID, correlationId);
        try {
            logging.run();
        } finally {
            if (previous == null) {
                MDC.remove(RequestContext.CORRELATION_ID);
            } else {
                MDC.put(RequestContext.CORRELATION_ID, previous);
            }
        }
    }

    /** Runs {@code logging} with the correlation id of a pipeline's context in the MDC, if it has one. */
    public static void log(ContextView context, Runnable logging) {
        log(context.<String>getOrDefault(RequestContext.CORRELATION_ID, null), logging);
    }
}
