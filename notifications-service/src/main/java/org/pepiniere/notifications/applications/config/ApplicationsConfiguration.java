package org.pepiniere.notifications.applications.config;

import java.time.Clock;

import org.pepiniere.notifications.applications.AcknowledgingSubmissions;
import org.pepiniere.notifications.applications.AcknowledgingWithdrawals;
import org.pepiniere.notifications.applications.AnnouncingDecisions;
import org.pepiniere.notifications.applications.LatestDecisions;
import org.pepiniere.notifications.applications.mongo.MongoLatestDecisions;
import org.pepiniere.notifications.email.SendingEmails;
import org.pepiniere.notifications.feed.Feed;
import org.pepiniere.notifications.webhooks.DeliveringWebhooks;
import org.pepiniere.notifications.webhooks.WebhookEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@Configuration(proxyBeanMethods = false)
class ApplicationsConfiguration {

    @Bean
    AcknowledgingSubmissions acknowledgingSubmissions(SendingEmails emails, Feed feed, WebhookEvents webhookEvents,
            DeliveringWebhooks webhooks, Clock clock) {
        return new AcknowledgingSubmissions(emails, feed, webhookEvents, webhooks, clock);
    }

    @Bean
    AcknowledgingWithdrawals acknowledgingWithdrawals(SendingEmails emails, Feed feed, WebhookEvents webhookEvents,
            DeliveringWebhooks webhooks, Clock clock) {
        return new AcknowledgingWithdrawals(emails, feed, webhookEvents, webhooks, clock);
    }

    @Bean
    LatestDecisions latestDecisions(ReactiveMongoTemplate mongo) {
        return new MongoLatestDecisions(mongo);
    }

    @Bean
    AnnouncingDecisions announcingDecisions(LatestDecisions latest, SendingEmails emails, Feed feed, WebhookEvents webhookEvents,
            DeliveringWebhooks webhooks, Clock clock) {
        return new AnnouncingDecisions(latest, emails, feed, webhookEvents, webhooks, clock);
    }
}
