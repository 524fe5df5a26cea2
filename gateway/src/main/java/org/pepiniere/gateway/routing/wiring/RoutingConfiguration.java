package org.pepiniere.gateway.routing.wiring;

import org.pepiniere.gateway.routing.Service;
import org.pepiniere.gateway.routing.web.ProblemResponses;
import org.pepiniere.gateway.routing.web.RequestBodyLimit;
import org.pepiniere.gateway.routing.web.RoutedRequestContext;
import org.pepiniere.gateway.routing.web.UnavailableServiceController;
import org.pepiniere.platform.web.CorrelationIdFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ServiceAddresses.class, GatewayLimits.class})
class RoutingConfiguration {

    // the gateway answers with the correlation id it gave the service, which echoes it too: send it once
    private static final String RETAIN_FIRST = "RETAIN_FIRST";

    /** Each route has a circuit breaker of the same name, which answers through the fallback when the service does not. */
    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, ServiceAddresses addresses) {
        var routes = builder.routes();
        for (Service service : Service.values()) {
            String uri = addresses.of(service).toString();
            String fallback = "forward:" + UnavailableServiceController.PATH + "/" + service.id();
            if (!service.streamingPaths().isEmpty()) {
                // the time limiter of this breaker is off (application.yml): a stream lasts as long as the client listens
                String streams = service.id() + "-streams";
                routes.route(streams, route -> route.order(-1)
                        .path(service.streamingPaths().toArray(String[]::new))
                        .filters(filters -> filters.dedupeResponseHeader(CorrelationIdFilter.HEADER, RETAIN_FIRST)
                                .circuitBreaker(breaker -> breaker.setName(streams).setFallbackUri(fallback)))
                        .uri(uri));
            }
            routes.route(service.id(), route -> route
                    .path(service.paths().toArray(String[]::new))
                    .filters(filters -> filters.dedupeResponseHeader(CorrelationIdFilter.HEADER, RETAIN_FIRST)
                            .circuitBreaker(breaker -> breaker.setName(service.id()).setFallbackUri(fallback)))
                    .uri(uri));
            String apiDocs = service.id() + "-api-docs";
            routes.route(apiDocs, route -> route
                    .path(service.apiDocsPath())
                    .filters(filters -> filters.setPath("/v3/api-docs").dedupeResponseHeader(CorrelationIdFilter.HEADER, RETAIN_FIRST)
                            .circuitBreaker(breaker -> breaker.setName(apiDocs).setFallbackUri(fallback)))
                    .uri(uri));
        }
        return routes.build();
    }

    @Bean
    RoutedRequestContext routedRequestContext() {
        return new RoutedRequestContext();
    }

    @Bean
    RequestBodyLimit requestBodyLimit(GatewayLimits limits, JsonMapper json) {
        var overrides = limits.bodySizeOverrides().stream()
                .map(override -> new RequestBodyLimit.PathLimit(override.path(), override.maxSize().toBytes()))
                .toList();
        return new RequestBodyLimit(limits.maxBodySize().toBytes(), overrides, new ProblemResponses(json));
    }
}
