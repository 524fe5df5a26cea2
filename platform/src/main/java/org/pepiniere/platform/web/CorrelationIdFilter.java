package org.pepiniere.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Reads the caller's {@code X-Correlation-Id} (or makes one), echoes it on the response and puts it,
 * with the W3C {@code traceparent}, into the Reactor context so logs and published events carry it.
 */
public class CorrelationIdFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Correlation-Id";
    public static final String TRACEPARENT = "traceparent";

    // An id from outside is echoed into logs and headers: accept only a short, plain token.
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern TRACEPARENT_FORMAT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var headers = exchange.getRequest().getHeaders();
        String given = headers.getFirst(HEADER);
        String correlationId = given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        String traceparent = headers.getFirst(TRACEPARENT);
        if (traceparent != null && !TRACEPARENT_FORMAT.matcher(traceparent).matches()) {
            traceparent = null;
        }
        var context = new RequestContext(correlationId, traceparent);
        exchange.getResponse().getHeaders().set(HEADER, correlationId);
        return chain.filter(exchange).contextWrite(context::writeTo);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
