package org.pepiniere.notifications.webhooks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.applications.ApplicationSubmitted;
import org.pepiniere.contracts.applications.ApplicationWithdrawn;
import org.pepiniere.contracts.decisions.ApplicationDecided;

import reactor.core.publisher.Mono;

/**
 * What a bank may learn of each event: an opaque start-up reference and never a name, an email or a summary,
 * except what a founder consented to share with that one bank (a decision's disclosure, sent to it alone).
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

    /**
     * A decision as banks read it. Everyone subscribed learns the decision, its sequence, the cohort and the call under the
     * platform's opaque {@code startupReference} (and the {@code startupRef} of the earlier events, so a bank lines the
     * decision up with the submission); a bank the founder consented to also gets its own disclosure. Never the founder
     * nor the reasons: they are written for the founder.
     */
    public Mono<WebhookEvent> applicationDecided(String eventId, ApplicationDecided event) {
        return references.map(references -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("startupRef", references.of(event.applicationId()));
            data.put("startupReference", event.startupReference());
            data.put("incubatorId", event.incubatorId());
            data.put("callId", event.callId());
            data.put("decision", event.decision().name());
            data.put("sequence", event.sequence());
            data.put("cohortId", event.cohortId());
            data.put("occurredAt", event.occurredAt().toString());
            data.put(WebhookEvent.DISCLOSURE, null);
            Map<String, Map<String, Object>> perBank = new LinkedHashMap<>();
            for (var disclosure : event.disclosures()) {
                if (disclosure.bankId() != null) {
                    Map<String, Object> shared = new LinkedHashMap<>();
                    shared.put("startupName", disclosure.startupName());
                    shared.put("amountSoughtCents", disclosure.amountSoughtCents());
                    shared.put("currency", disclosure.currency());
                    perBank.put(disclosure.bankId(), shared);
                }
            }
            return new WebhookEvent(eventId, EventTypes.APPLICATION_DECIDED, event.incubatorId(), event.occurredAt(), data, perBank);
        });
    }
}
