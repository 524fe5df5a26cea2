package org.pepiniere.notifications.feed.mongo;

import java.time.Instant;
import java.util.Map;

import org.pepiniere.notifications.feed.Notification;
import org.pepiniere.notifications.feed.NotificationKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(NotificationDocument.COLLECTION)
record NotificationDocument(
        @Id String id,
        String incubatorId,
        String recipientId,
        NotificationKind kind,
        Map<String, String> parameters,
        Instant createdAt,
        boolean read) {

    static final String COLLECTION = "notifications";

    static NotificationDocument of(Notification notification) {
        return new NotificationDocument(notification.id(), notification.incubatorId(), notification.recipientId(),
                notification.kind(), notification.parameters(), notification.createdAt(), notification.read());
    }

    Notification toNotification() {
        return new Notification(id, incubatorId, recipientId, kind, parameters == null ? Map.of() : parameters, createdAt, read);
    }
}
