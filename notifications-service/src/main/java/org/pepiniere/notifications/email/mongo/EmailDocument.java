package org.pepiniere.notifications.email.mongo;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pepiniere.notifications.email.Email;
import org.pepiniere.notifications.email.EmailStatus;
import org.pepiniere.notifications.email.EmailTemplate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(EmailDocument.COLLECTION)
record EmailDocument(
        @Id String id,
        String incubatorId,
        String recipientId,
        EmailTemplate template,
        Map<String, String> parameters,
        EmailStatus status,
        int failedAttempts,
        Instant nextAttemptAt,
        boolean waitingForRecipient,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable String lastError,
        @Nullable String lease) {

    static final String COLLECTION = "emails";

    static EmailDocument of(Email email, @Nullable String lease) {
        return new EmailDocument(email.id(), email.incubatorId(), email.recipientId(), email.template(), email.parameters(),
                email.status(), email.failedAttempts(), email.nextAttemptAt(), email.waitingForRecipient(), email.createdAt(),
                email.sentAt(), email.lastError(), lease);
    }

    Email toEmail() {
        return new Email(id, incubatorId, recipientId, template, parameters == null ? Map.of() : parameters, status,
                failedAttempts, nextAttemptAt, waitingForRecipient, createdAt, sentAt, lastError);
    }
}
