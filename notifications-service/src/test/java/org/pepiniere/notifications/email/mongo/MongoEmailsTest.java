package org.pepiniere.notifications.email.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.notifications.email.Email;
import org.pepiniere.notifications.email.EmailSettings;
import org.pepiniere.notifications.email.EmailStatus;
import org.pepiniere.notifications.email.EmailTemplate;
import org.pepiniere.notifications.retry.RetrySchedule;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.core.publisher.Mono;

@EmbeddedInfrastructure
class MongoEmailsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final EmailSettings SETTINGS = new EmailSettings(RetrySchedule.of(Duration.ofSeconds(30)), Duration.ofMinutes(1),
            Duration.ofDays(7), Duration.ofMinutes(2));

    private static MongoClient client;
    private static ReactiveMongoTemplate mongo;

    private final MongoEmails emails = new MongoEmails(mongo, Duration.ofMinutes(2), Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeAll
    static void connect(SharedInfrastructure infrastructure) {
        client = MongoClients.create(infrastructure.mongoConnectionString());
        mongo = new ReactiveMongoTemplate(client, "notifications-emails-" + UUID.randomUUID());
    }

    @AfterAll
    static void disconnect() {
        mongo.getMongoDatabase().flatMap(database -> Mono.from(database.drop())).block();
        client.close();
    }

    @Test
    void keepsTheSendingOfTheCurrentLeaseWhenAnExpiredOneReportsAFailureLate() {
        var email = Email.toSend("event-" + UUID.randomUUID(), "incubator", "founder", EmailTemplate.APPLICATION_RECEIVED,
                Map.of(EmailTemplate.STARTUP_NAME, "ChimieVerte"), NOW);
        emails.add(email.heldUntil(NOW.plusSeconds(120)), "first").block();
        var retaken = emails.claimDue(email.id(), NOW.plusSeconds(121), NOW.plusSeconds(241), "second").block();
        boolean secondWritten = emails.update(retaken.sent(NOW.plusSeconds(122)), "second").block();

        boolean firstWritten = emails.update(email.failed("relay timed out", SETTINGS, NOW.plusSeconds(125)), "first").block();

        assertThat(secondWritten).isTrue();
        assertThat(firstWritten).isFalse();
        assertThat(mongo.findById(email.id(), EmailDocument.class).block().status()).isEqualTo(EmailStatus.SENT);
        assertThat(emails.due(NOW.plus(Duration.ofDays(1)), 1000).collectList().block()).doesNotContain(email.id());
    }

    @Test
    void findsAnEmailWaitingForItsRecipientInTheQueue() {
        var email = Email.toSend("event-" + UUID.randomUUID(), "incubator", "newcomer", EmailTemplate.APPLICATION_RECEIVED,
                Map.of(EmailTemplate.STARTUP_NAME, "ChimieVerte"), NOW);
        emails.add(email.heldUntil(NOW.plusSeconds(120)), "first").block();

        emails.update(email.recipientUnknown(SETTINGS, NOW), "first").block();

        assertThat(emails.waitingFor("incubator", "newcomer").collectList().block()).containsExactly(email.id());
        assertThat(emails.claimWaiting(email.id(), NOW.plusSeconds(120), "woken").block()).isNotNull();
    }
}
