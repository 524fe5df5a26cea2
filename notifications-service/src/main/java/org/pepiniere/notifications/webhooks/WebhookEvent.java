package org.pepiniere.notifications.webhooks;

import java.time.Instant;
import java.util.Map;

/** What partners receive about an integration event: its type, time and the data they may see. */
public record WebhookEvent(String eventId, String type, String incubatorId, Instant occurredAt, Map<String, Object> data) {
}
