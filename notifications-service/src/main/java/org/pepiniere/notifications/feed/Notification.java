package org.pepiniere.notifications.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One entry of a person's feed. It keeps what happened, not sentences: the title and body are
 * written in the reader's language when the feed is read.
 */
public record Notification(
        String id,
        String incubatorId,
        String recipientId,
        NotificationKind kind,
        Map<String, String> parameters,
        Instant createdAt,
        boolean read) {

    public Notification {
        parameters = Map.copyOf(parameters);
    }

    /** The same event and recipient always give the same id, so a replayed event adds no second entry. */
    public static String idFor(String eventId, String recipientId) {
        return UUID.nameUUIDFromBytes(("notification/" + eventId + "/" + recipientId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static Notification of(String eventId, String incubatorId, String recipientId, NotificationKind kind,
            Map<String, String> parameters, Instant createdAt) {
        return new Notification(idFor(eventId, recipientId), incubatorId, recipientId, kind, parameters, createdAt, false);
    }
}
