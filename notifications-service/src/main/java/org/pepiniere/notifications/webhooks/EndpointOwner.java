package org.pepiniere.notifications.webhooks;

import java.util.Objects;

/** The bank organisation, in one incubator, that owns endpoints and alone sees them and their deliveries. */
public record EndpointOwner(String incubatorId, String organisationId) {

    public EndpointOwner {
        Objects.requireNonNull(incubatorId, "incubatorId");
        Objects.requireNonNull(organisationId, "organisationId");
    }
}
