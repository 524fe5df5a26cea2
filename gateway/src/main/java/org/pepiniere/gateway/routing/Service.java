package org.pepiniere.gateway.routing;

import java.util.List;

/** The services behind the gateway, and the paths each one owns. Paths are forwarded unchanged. */
public enum Service {
    APPLICATIONS("applications", "/api/applications/**", "/api/calls/**", "/api/jury/**", "/api/cohorts/**", "/api/startups/**"),
    MENTORING("mentoring", "/api/mentors/**", "/api/mentoring/**"),
    FUNDING("funding", "/api/funding/**"),
    NOTIFICATIONS("notifications", "/api/notifications/**", "/api/webhooks/**");

    private final String id;
    private final List<String> paths;

    Service(String id, String... paths) {
        this.id = id;
        this.paths = List.of(paths);
    }

    public String id() {
        return id;
    }

    public List<String> paths() {
        return paths;
    }

    /** Where the gateway exposes the service's own OpenAPI document. */
    public String apiDocsPath() {
        return "/v3/api-docs/" + id;
    }

    /**
     * Paths whose body or answer streams for as long as the client's connection takes (a notification stream,
     * a 20 MB pitch deck on a slow line): no time limit applies to them.
     */
    public List<String> streamingPaths() {
        return switch (this) {
            case NOTIFICATIONS -> List.of("/api/notifications/stream");
            case APPLICATIONS -> List.of("/api/applications/*/deck");
            default -> List.of();
        };
    }
}
