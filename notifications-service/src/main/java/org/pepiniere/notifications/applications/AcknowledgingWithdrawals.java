package org.pepiniere.notifications.applications;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import org.pepiniere.contracts.applications.ApplicationWithdrawn;
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
 * A founder withdrew an application: they get an email and a feed entry. Banks subscribed to the type hear of
 * it only when it had been submitted: a withdrawn draft was never announced to them, and saying so would only
 * tell them that a draft existed. Each effect's id derives from the event id, so a duplicate adds nothing.
 */
public final class AcknowledgingWithdrawals {

    private final SendingEmails emails;
    private final Feed feed;
    private final WebhookEvents webhookEvents;
    private final DeliveringWebhooks webhooks;
    private final Clock clock;

    public AcknowledgingWithdrawals(SendingEmails emails, Feed feed, WebhookEvents webhookEvents, DeliveringWebhooks webhooks,
            Clock clock) {
        this.emails = emails;
        this.feed = feed;
        this.webhookEvents = webhookEvents;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    public Mono<Void> withdrawn(String eventId, ApplicationWithdrawn event) {
        return Mono.defer(() -> {
            requireComplete(event);
            var now = clock.instant();
            var withdrawnAt = event.occurredAt() != null ? event.occurredAt() : now;
            var startup = Map.of(EmailTemplate.STARTUP_NAME, event.startupName());
            var email = Email.toSend(eventId, event.incubatorId(), event.founderId(), EmailTemplate.APPLICATION_WITHDRAWN,
                    startup, now);
            var notification = Notification.of(eventId, event.incubatorId(), event.founderId(),
                    NotificationKind.APPLICATION_WITHDRAWN, Map.of(NotificationKind.STARTUP_NAME, event.startupName()), withdrawnAt);
            Mono<Void> toBanks = event.wasSubmitted()
                    ? webhookEvents.applicationWithdrawn(eventId, event).flatMap(webhooks::publish).then()
                    : Mono.empty();
            return Mono.when(emails.enqueue(email), feed.add(notification), toBanks);
        });
    }

    private static void requireComplete(ApplicationWithdrawn event) {
        Objects.requireNonNull(event.applicationId(), "ApplicationWithdrawn without applicationId");
        Objects.requireNonNull(event.incubatorId(), "ApplicationWithdrawn without incubatorId");
        Objects.requireNonNull(event.founderId(), "ApplicationWithdrawn without founderId");
        Objects.requireNonNull(event.startupName(), "ApplicationWithdrawn without startupName");
    }
}
