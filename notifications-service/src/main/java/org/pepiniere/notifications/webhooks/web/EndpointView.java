package org.pepiniere.notifications.webhooks.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.notifications.webhooks.Endpoint;

record EndpointView(String id, String url, List<String> eventTypes, @Nullable String description, Instant createdAt) {

    static EndpointView of(Endpoint endpoint) {
        return new EndpointView(endpoint.id(), endpoint.url().toString(), endpoint.eventTypes(), endpoint.description(),
                endpoint.createdAt());
    }
}
