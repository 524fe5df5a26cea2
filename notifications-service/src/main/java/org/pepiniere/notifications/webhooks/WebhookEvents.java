package org.pepiniere.notifications.webhooks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.applications.ApplicationSubmitted;
import org.pepiniere.contracts.applications.ApplicationWithdrawn;

import reactor.core.publisher.Mono;

/**
 * What a bank may learn of each event. No founder has given consent yet (consent per bank comes
 * later), so the data holds an opaque start-up reference and never a name, an email or a summary.
 */
public final class WebhookEvents {

    private final Mono<StartupReferences> references;

    public WebhookEvents(ReferenceKey referenceKey) {
        this.references = referenceKey.key().map(StartupReferences::new)
                .cache(value -> Duration.ofMillis(Long.MAX_VALUE), error -> Duration.ZERO, () -> Duration.ZERO);
    }

    public Mono<WebhookEvent> applicationSubmitted(String eventId, ApplicationSubmitted event) {
        return references.map(references -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("startupRef", references.of(event.applicationId()));
            data.put("incubatorId", event.incubatorId());
            data.put("decision", null);
            return new WebhookEvent(eventId, EventTypes.APPLICATION_SUBMITTED, event.incubatorId(), event.occurredAt(), data);
        });
    }

    /** The same opaque reference as at submission, so that a bank can tell which start-up left the pipeline. */
    public Mono<WebhookEvent> applicationWithdrawn(String eventId, ApplicationWithdrawn event) {
        return references.map(references -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("startupRef", references.of(event.applicationId()));
            data.put("incubatorId", event.incubatorId());
            return new WebhookEvent(eventId, EventTypes.APPLICATION_WITHDRAWN, event.incubatorId(), event.occurredAt(), data);
        });
    }
}
