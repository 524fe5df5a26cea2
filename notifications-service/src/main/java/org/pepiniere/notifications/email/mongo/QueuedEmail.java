package org.pepiniere.notifications.email.mongo;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A pending email in the small queue the sweep reads, instead of every email ever sent. It says when to
 * look at the email again and whom it waits for; the email's own document stays the truth about its state.
 */
@Document(QueuedEmail.COLLECTION)
record QueuedEmail(@Id String id, String incubatorId, String recipientId, Instant dueAt, boolean waitingForRecipient, Instant queuedAt) {

    static final String COLLECTION = "email_queue";
}
