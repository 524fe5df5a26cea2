package org.pepiniere.notifications.webhooks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What partners receive about an integration event: its type, time and the data they may see.
 *
 * @param perBank what only one bank may see besides {@code data}, keyed by the bank's organisation id: a founder's
 *                consent is given to one bank, so another bank's endpoint never receives that entry
 */
public record WebhookEvent(String eventId, String type, String incubatorId, Instant occurredAt, Map<String, Object> data,
        Map<String, Map<String, Object>> perBank) {

    public static final String DISCLOSURE = "disclosure";

    public WebhookEvent {
        perBank = Map.copyOf(perBank);
    }

    public WebhookEvent(String eventId, String type, String incubatorId, Instant occurredAt, Map<String, Object> data) {
        this(eventId, type, incubatorId, occurredAt, data, Map.of());
    }

    /** The data one endpoint receives: the shared part, plus its own bank's entry when the event has per-bank entries. */
    public Map<String, Object> dataFor(EndpointOwner owner) {
        if (perBank.isEmpty()) {
            return data;
        }
        Map<String, Object> own = new LinkedHashMap<>(data);
        own.put(DISCLOSURE, perBank.get(owner.organisationId()));
        return own;
    }
}
