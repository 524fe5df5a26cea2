package org.pepiniere.notifications.email.config;

import java.time.Clock;
import java.util.UUID;

import org.pepiniere.notifications.email.EmailSettings;
import org.pepiniere.notifications.email.EmailTemplates;
import org.pepiniere.notifications.email.Emails;
import org.pepiniere.notifications.email.Mailer;
import org.pepiniere.notifications.email.SendingEmails;
import org.pepiniere.notifications.email.mail.JavaMailMailer;
import org.pepiniere.notifications.email.mongo.MongoEmails;
import org.pepiniere.notifications.people.People;
import org.pepiniere.notifications.retry.RetrySchedule;
import org.pepiniere.notifications.retry.mongo.MongoMigrations;
import org.pepiniere.notifications.retry.scheduling.PeriodicSweep;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import reactor.core.publisher.Mono;

@Configuration(proxyBeanMethods = false)
class EmailConfiguration {

    static final String QUEUE_BACKFILL = "email-queue-backfill";

    @Bean
    MongoEmails emails(ReactiveMongoTemplate mongo, EmailProperties properties, Clock clock) {
        return new MongoEmails(mongo, properties.lease(), clock);
    }

    @Bean
    JavaMailMailer mailer(JavaMailSenderImpl sender, EmailProperties properties) {
        return new JavaMailMailer(sender, properties.from(), properties.messageIdDomain());
    }

    @Bean
    SendingEmails sendingEmails(Emails emails, People people, Mailer mailer, EmailProperties properties, Clock clock) {
        var settings = new EmailSettings(new RetrySchedule(properties.retryDelays()), properties.recipientWait(),
                properties.recipientGiveUp(), properties.lease());
        EmailTemplates.load();
        return new SendingEmails(emails, people, mailer, settings, () -> UUID.randomUUID().toString(), clock);
    }

    @Bean
    PeriodicSweep emailSweep(SendingEmails sending, EmailProperties properties) {
        return new PeriodicSweep("emails", properties.sweepInterval(), sending::sweep);
    }

    /** Indexes, then once per database the queue entries of emails left pending by a version without the queue; nothing waits for either. */
    @Bean
    ApplicationRunner emailIndexes(MongoEmails emails, MongoMigrations migrations) {
        var log = LoggerFactory.getLogger(EmailConfiguration.class);
        return args -> emails.createIndexes()
                .onErrorResume(e -> {
                    log.warn("Email indexes not created: {}", e.toString());
                    return Mono.empty();
                })
                .then(migrations.once(QUEUE_BACKFILL, emails::queueUnqueuedPending))
                .subscribe(queued -> log.info("Queued {} pending emails stored before the email queue existed", queued),
                        e -> log.warn("Pending emails not queued, tried again at the next start: {}", e.toString()));
    }
}
