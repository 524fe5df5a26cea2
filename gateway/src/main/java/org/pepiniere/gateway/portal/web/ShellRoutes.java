package org.pepiniere.gateway.portal.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.accept;

import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The page shell for a browser that opens a portal route directly (a shared link, a reload). Only pages are
 * answered so: a request that accepts no HTML (an API client, a script) gets the 404 it got before.
 */
public final class ShellRoutes {

    private ShellRoutes() {
    }

    public static RouterFunction<ServerResponse> of(List<String> routes, Resource shell) {
        RequestPredicate anyRoute = routes.stream().map(route -> GET(route)).reduce(RequestPredicate::or)
                .orElseThrow(() -> new IllegalArgumentException("the portal has no route"));
        return RouterFunctions.route(anyRoute.and(accept(MediaType.TEXT_HTML)),
                request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(shell));
    }
}
