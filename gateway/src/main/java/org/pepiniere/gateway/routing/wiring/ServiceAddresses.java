package org.pepiniere.gateway.routing.wiring;

import java.net.URI;

import org.pepiniere.gateway.routing.Service;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where each service listens ({@code pepiniere.services.*-uri}). */
@ConfigurationProperties("pepiniere.services")
record ServiceAddresses(
        @DefaultValue("http://127.0.0.1:8081") URI applicationsUri,
        @DefaultValue("http://127.0.0.1:8082") URI mentoringUri,
        @DefaultValue("http://127.0.0.1:8083") URI fundingUri,
        @DefaultValue("http://127.0.0.1:8084") URI notificationsUri) {

    URI of(Service service) {
        return switch (service) {
            case APPLICATIONS -> applicationsUri;
            case MENTORING -> mentoringUri;
            case FUNDING -> fundingUri;
            case NOTIFICATIONS -> notificationsUri;
        };
    }
}
