package org.pepiniere.notifications.webhooks;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** @param secret {@code whsec_<base64>}, or null to have one generated */
public record RegisterEndpoint(
        EndpointOwner owner,
        String url,
        List<String> eventTypes,
        @Nullable String description,
        @Nullable String secret) {

    public RegisterEndpoint {
        eventTypes = List.copyOf(eventTypes);
    }
}
