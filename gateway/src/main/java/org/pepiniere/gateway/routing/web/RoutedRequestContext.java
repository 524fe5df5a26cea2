package org.pepiniere.gateway.routing.web;

import org.pepiniere.platform.web.CorrelationIdFilter;
import org.pepiniere.platform.web.RequestContext;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Gives the routed request the correlation id the platform's filter chose (the caller's when it was
 * acceptable, a new one otherwise) and the trace context, so the service logs the same id; and
 * remembers the path the caller asked for, which a fallback answer names as its instance.
 */
public class RoutedRequestContext implements GlobalFilter, Ordered {

    static final String ORIGINAL_PATH = RoutedRequestContext.class.getName() + ".originalPath";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        exchange.getAttributes().putIfAbsent(ORIGINAL_PATH, exchange.getRequest().getPath().value());
        return RequestContext.current().flatMap(context -> {
            var request = exchange.getRequest().mutate().headers(headers -> {
                headers.set(CorrelationIdFilter.HEADER, context.correlationId());
                if (context.traceparent() != null) {
                    headers.set(CorrelationIdFilter.TRACEPARENT, context.traceparent());
                } else {
                    headers.remove(CorrelationIdFilter.TRACEPARENT);
                }
            }).build();
            return chain.filter(exchange.mutate().request(request).build());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
