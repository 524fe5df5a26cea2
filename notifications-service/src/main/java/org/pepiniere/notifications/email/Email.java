package org.pepiniere.notifications.email;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One email to one person, kept until it is sent. Who the recipient is (address, name, language)
 * is read from the people projection at sending time, so an email can wait for a person whose
 * identity event has not arrived yet.
 */
public record Email(
        String id,
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
        @Nullable String lastError) {

    public Email {
        parameters = Map.copyOf(parameters);
    }

    /** The same event and recipient always give the same id, so a replayed event adds no second email. */
    public static String idFor(String eventId, String recipientId) {
        return UUID.nameUUIDFromBytes(("email/" + eventId + "/" + recipientId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static Email toSend(String eventId, String incubatorId, String recipientId, EmailTemplate template,
            Map<String, String> parameters, Instant now) {
        return new Email(idFor(eventId, recipientId), incubatorId, recipientId, template, parameters, EmailStatus.PENDING,
                0, now, false, now, null, null);
    }

    /** The same email held by an attempt until {@code until}: no other attempt takes it before. */
    public Email heldUntil(Instant until) {
        return new Email(id, incubatorId, recipientId, template, parameters, status, failedAttempts, until, false, createdAt, sentAt,
                lastError);
    }

    public Email sent(Instant at) {
        return new Email(id, incubatorId, recipientId, template, parameters, EmailStatus.SENT, failedAttempts, at, false,
                createdAt, at, null);
    }

    public Email recipientUnknown(EmailSettings settings, Instant now) {
        if (!now.isBefore(createdAt.plus(settings.recipientGiveUp()))) {
            return new Email(id, incubatorId, recipientId, template, parameters, EmailStatus.FAILED, failedAttempts, now,
                    false, createdAt, null, "recipient unknown");
        }
        return new Email(id, incubatorId, recipientId, template, parameters, EmailStatus.PENDING, failedAttempts,
                now.plus(settings.recipientWait()), true, createdAt, null, "recipient not known yet");
    }

    public Email failed(String error, EmailSettings settings, Instant now) {
        int failures = failedAttempts + 1;
        return settings.retry().after(failures)
                .map(wait -> new Email(id, incubatorId, recipientId, template, parameters, EmailStatus.PENDING, failures,
                        now.plus(wait), false, createdAt, null, error))
                .orElseGet(() -> new Email(id, incubatorId, recipientId, template, parameters, EmailStatus.FAILED, failures,
                        now, false, createdAt, null, error));
    }
}
