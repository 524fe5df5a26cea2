package org.pepiniere.notifications.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Where a bank wants to receive the events of the types it subscribed to. */
public record Endpoint(
        String id,
        EndpointOwner owner,
        URI url,
        List<String> eventTypes,
        @Nullable String description,
        WebhookSecret secret,
        Instant createdAt) {

    public Endpoint {
        eventTypes = List.copyOf(eventTypes);
    }

    public boolean subscribesTo(String eventType) {
        return eventTypes.contains(eventType);
    }
}
