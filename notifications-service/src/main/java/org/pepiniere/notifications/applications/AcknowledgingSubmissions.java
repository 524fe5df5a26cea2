package org.pepiniere.notifications.applications;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import org.pepiniere.contracts.applications.ApplicationSubmitted;
import org.pepiniere.notifications.email.Email;
import org.pepiniere.notifications.email.EmailTemplate;
import org.pepiniere.notifications.email.SendingEmails;
import org.pepiniere.notifications.feed.Feed;
import org.pepiniere.notifications.feed.Notification;
import org.pepiniere.notifications.feed.NotificationKind;
import org.pepiniere.notifications.webhooks.DeliveringWebhooks;
import org.pepiniere.notifications.webhooks.WebhookEvents;

import reactor.core.publisher.Mono;

/**
 * An application was submitted: the founder gets an email and a feed entry, and every bank of the
 * incubator subscribed to the type gets a webhook. Each effect has an id derived from the event id,
 * so handling the same event twice adds nothing.
 */
public final class AcknowledgingSubmissions {

    private final SendingEmails emails;
    private final Feed feed;
    private final WebhookEvents webhookEvents;
    private final DeliveringWebhooks webhooks;
    private final Clock clock;

    public AcknowledgingSubmissions(SendingEmails emails, Feed feed, WebhookEvents webhookEvents, DeliveringWebhooks webhooks, Clock clock) {
        this.emails = emails;
        this.feed = feed;
        this.webhookEvents = webhookEvents;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    public Mono<Void> submitted(String eventId, ApplicationSubmitted event) {
        return Mono.defer(() -> {
            requireComplete(event);
            var now = clock.instant();
            var submittedAt = event.occurredAt() != null ? event.occurredAt() : now;
            var email = Email.toSend(eventId, event.incubatorId(), event.founderId(), EmailTemplate.APPLICATION_RECEIVED,
                    Map.of(EmailTemplate.STARTUP_NAME, event.startupName()), now);
            var notification = Notification.of(eventId, event.incubatorId(), event.founderId(), NotificationKind.APPLICATION_RECEIVED,
                    Map.of(NotificationKind.STARTUP_NAME, event.startupName()), submittedAt);
            // Independent effects, each idempotent by its id: run side by side, so the event waits for the slowest, not the sum.
            return Mono.when(emails.enqueue(email), feed.add(notification),
                    webhookEvents.applicationSubmitted(eventId, event).flatMap(webhooks::publish));
        });
    }

    private static void requireComplete(ApplicationSubmitted event) {
        Objects.requireNonNull(event.applicationId(), "ApplicationSubmitted without applicationId");
        Objects.requireNonNull(event.incubatorId(), "ApplicationSubmitted without incubatorId");
        Objects.requireNonNull(event.founderId(), "ApplicationSubmitted without founderId");
        Objects.requireNonNull(event.startupName(), "ApplicationSubmitted without startupName");
    }
}
