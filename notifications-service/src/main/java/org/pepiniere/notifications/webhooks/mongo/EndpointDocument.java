package org.pepiniere.notifications.webhooks.mongo;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.notifications.webhooks.Endpoint;
import org.pepiniere.notifications.webhooks.EndpointOwner;
import org.pepiniere.notifications.webhooks.WebhookSecret;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(EndpointDocument.COLLECTION)
record EndpointDocument(
        @Id String id,
        String incubatorId,
        String organisationId,
        String url,
        List<String> eventTypes,
        @Nullable String description,
        String secret,
        Instant createdAt,
        @Nullable Instant removedAt) {

    static final String COLLECTION = "webhook_endpoints";

    static EndpointDocument of(Endpoint endpoint) {
        return new EndpointDocument(endpoint.id(), endpoint.owner().incubatorId(), endpoint.owner().organisationId(),
                endpoint.url().toString(), endpoint.eventTypes(), endpoint.description(), endpoint.secret().value(), endpoint.createdAt(), null);
    }

    Endpoint toEndpoint() {
        return new Endpoint(id, new EndpointOwner(incubatorId, organisationId), URI.create(url), eventTypes, description,
                new WebhookSecret(secret), createdAt);
    }
}
