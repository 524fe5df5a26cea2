package org.pepiniere.gateway.portal;

import java.util.List;
import java.util.stream.Stream;

/**
 * The paths of the portal. The browser routes between pages itself (assets/core/router.js lists the same
 * routes); the gateway answers any of them with the page shell, so that a link can be shared and reloaded.
 * Any other path keeps its own behaviour: an unknown one still gets a 404.
 */
public final class PortalPages {

    /** Client-side routes; {@code {id}} is one path segment. */
    public static final List<String> ROUTES = List.of(
            "/login",
            "/register",
            "/notifications",
            "/calls",
            "/calls/{id}",
            "/founder/applications",
            "/founder/applications/new",
            "/founder/applications/{id}",
            "/staff/applications",
            "/staff/applications/{id}",
            "/staff/calls",
            "/staff/calls/new",
            "/staff/calls/{id}",
            "/staff/calls/{id}/jury",
            "/staff/calls/{id}/assignment",
            "/staff/banks",
            "/staff/calls/{id}/ranking",
            "/staff/calls/{id}/decisions",
            "/staff/cohorts",
            "/staff/cohorts/{id}",
            "/founder/startup",
            "/bank/endpoints",
            "/bank/endpoints/new",
            "/bank/endpoints/{id}",
            "/juror",
            "/juror/applications/{id}",
            "/mentor");

    /** The shell itself and the files it loads. */
    public static final List<String> FILES = List.of("/", "/index.html", "/favicon.svg", "/assets/**");

    /** Everything the portal answers, and so everything its security headers go on. */
    public static List<String> all() {
        return Stream.concat(FILES.stream(), ROUTES.stream()).toList();
    }

    private PortalPages() {
    }
}
