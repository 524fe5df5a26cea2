package org.pepiniere.funding.startups;

import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.applications.ApplicationSubmitted;
import org.pepiniere.embedded.test.EventSchemas;
import org.pepiniere.embedded.test.TestEvents;
import org.pepiniere.platform.events.CloudEventMapping;
import org.pepiniere.platform.outbox.OutboxMessage;

import io.cloudevents.CloudEvent;
import tools.jackson.databind.json.JsonMapper;

/** Events published as the applications service's outbox relay publishes them: binary mode, keyed by application id. */
final class RelayedEvents {

    private final JsonMapper json;

    RelayedEvents(JsonMapper json) {
        this.json = json;
    }

    CloudEvent of(ApplicationSubmitted submitted) {
        var message = new OutboxMessage(submitted.eventId(), Topics.APPLICATIONS, EventTypes.APPLICATION_SUBMITTED,
                submitted.applicationId(), submitted.incubatorId(), submitted.occurredAt(), json.writeValueAsString(submitted),
                "correlation-" + submitted.eventId(), null);
        var event = CloudEventMapping.toCloudEvent(message, CloudEventMapping.source("applications-service"));
        EventSchemas.assertConforms(event);
        return event;
    }

    void publish(ApplicationSubmitted submitted) {
        publish(of(submitted));
    }

    void publish(CloudEvent event) {
        TestEvents.publish(Topics.APPLICATIONS, event);
    }
}
