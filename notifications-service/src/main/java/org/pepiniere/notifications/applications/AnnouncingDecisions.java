package org.pepiniere.notifications.applications;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import org.pepiniere.contracts.decisions.ApplicationDecided;
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
 * Staff decided an application: the founder gets an email and a feed entry with the reasons in their language, and every
 * subscribed bank a webhook with only what the founder consented to share with it. A decision older than (or as old as)
 * the newest one handled for the application announces nothing, so a late correction's predecessor never overrides it.
 * Each effect's id derives from the event id, so a redelivery adds nothing.
 */
public final class AnnouncingDecisions {

    private final LatestDecisions latest;
    private final SendingEmails emails;
    private final Feed feed;
    private final WebhookEvents webhookEvents;
    private final DeliveringWebhooks webhooks;
    private final Clock clock;

    public AnnouncingDecisions(LatestDecisions latest, SendingEmails emails, Feed feed, WebhookEvents webhookEvents,
            DeliveringWebhooks webhooks, Clock clock) {
        this.latest = latest;
        this.emails = emails;
        this.feed = feed;
        this.webhookEvents = webhookEvents;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    public Mono<Void> decided(String eventId, ApplicationDecided event) {
        return Mono.defer(() -> {
            requireComplete(event);
            return latest.advance(event.incubatorId(), event.applicationId(), event.sequence(), eventId)
                    .flatMap(newest -> newest ? announce(eventId, event) : Mono.empty());
        });
    }

    private Mono<Void> announce(String eventId, ApplicationDecided event) {
        var now = clock.instant();
        var parameters = Map.of(
                EmailTemplate.DECISION, event.decision().name(),
                EmailTemplate.COHORT_ID, event.cohortId() != null ? event.cohortId() : "",
                EmailTemplate.REASONS_FR, event.reasonsFr(),
                EmailTemplate.REASONS_EN, event.reasonsEn());
        var email = Email.toSend(eventId, event.incubatorId(), event.founderId(), EmailTemplate.APPLICATION_DECIDED, parameters, now);
        // The feed and the email share the parameter names, so one map serves both.
        var notification = Notification.of(eventId, event.incubatorId(), event.founderId(), NotificationKind.APPLICATION_DECIDED,
                parameters, event.occurredAt());
        return Mono.when(emails.enqueue(email), feed.add(notification),
                webhookEvents.applicationDecided(eventId, event).flatMap(webhooks::publish));
    }

    private static void requireComplete(ApplicationDecided event) {
        Objects.requireNonNull(event.applicationId(), "ApplicationDecided without applicationId");
        Objects.requireNonNull(event.incubatorId(), "ApplicationDecided without incubatorId");
        Objects.requireNonNull(event.occurredAt(), "ApplicationDecided without occurredAt");
        Objects.requireNonNull(event.decision(), "ApplicationDecided without decision");
        Objects.requireNonNull(event.startupReference(), "ApplicationDecided without startupReference");
        Objects.requireNonNull(event.founderId(), "ApplicationDecided without founderId");
        Objects.requireNonNull(event.reasonsFr(), "ApplicationDecided without reasonsFr");
        Objects.requireNonNull(event.reasonsEn(), "ApplicationDecided without reasonsEn");
    }
}
