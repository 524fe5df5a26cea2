package org.pepiniere.notifications.webhooks.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.notifications.webhooks.Endpoint;

/** The answer to a registration: the only place the secret is ever shown. */
record EndpointCreated(String id, String url, List<String> eventTypes, @Nullable String description, String secret, Instant createdAt) {

    static EndpointCreated of(Endpoint endpoint) {
        return new EndpointCreated(endpoint.id(), endpoint.url().toString(), endpoint.eventTypes(), endpoint.description(),
                endpoint.secret().value(), endpoint.createdAt());
    }
}
