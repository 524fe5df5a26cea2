package org.pepiniere.notifications.email.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.notifications.MutableClock;
import org.pepiniere.notifications.email.EmailSettings;
import org.pepiniere.notifications.email.EmailStatus;
import org.pepiniere.notifications.email.EmailTemplate;
import org.pepiniere.notifications.email.Mailer;
import org.pepiniere.notifications.email.OutgoingEmail;
import org.pepiniere.notifications.email.SendingEmails;
import org.pepiniere.notifications.people.InMemoryPeople;
import org.pepiniere.notifications.people.Language;
import org.pepiniere.notifications.people.Person;
import org.pepiniere.notifications.retry.RetrySchedule;
import org.pepiniere.notifications.retry.mongo.MongoMigrations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.core.publisher.Mono;

/**
 * Emails left pending by the version that had no email queue (no queue entry, no lease) are queued once
 * at start, then sent by the ordinary sweep, or when their recipient arrives; later starts do not read
 * the emails again.
 */
@EmbeddedInfrastructure
class EmailQueueBackfillTest {

    private static final String BACKFILL = "email-queue-backfill";

    private static MongoClient client;
    private static ReactiveMongoTemplate mongo;

    private final MutableClock clock = MutableClock.at("2026-11-30T10:00:00Z");
    private final Instant now = clock.instant();
    private final MongoEmails emails = new MongoEmails(mongo, Duration.ofMinutes(2), clock);
    private final MongoMigrations migrations = new MongoMigrations(mongo, clock);
    private final InMemoryPeople people = new InMemoryPeople();
    private final List<OutgoingEmail> sent = new CopyOnWriteArrayList<>();
    private final Mailer mailer = email -> Mono.fromRunnable(() -> sent.add(email));
    private final SendingEmails sending = new SendingEmails(emails, people, mailer, new EmailSettings(RetrySchedule.of(Duration.ofSeconds(30)),
            Duration.ofMinutes(1), Duration.ofDays(7), Duration.ofMinutes(2)), () -> UUID.randomUUID().toString(), clock);

    @BeforeAll
    static void connect(SharedInfrastructure infrastructure) {
        client = MongoClients.create(infrastructure.mongoConnectionString());
        mongo = new ReactiveMongoTemplate(client, "notifications-email-backfill-" + UUID.randomUUID());
    }

    @AfterAll
    static void disconnect() {
        mongo.getMongoDatabase().flatMap(database -> Mono.from(database.drop())).block();
        client.close();
    }

    @Test
    void queuesThePendingEmailsOfThePreviousVersionOnceAndSendsThem() {
        people.save(person("founder")).block();
        storeOld("old-due", "founder", EmailStatus.PENDING, false);
        storeOld("old-waiting", "newcomer", EmailStatus.PENDING, true);
        storeOld("old-sent", "founder", EmailStatus.SENT, false);
        storeOld("already-queued", "founder", EmailStatus.PENDING, false);
        mongo.insert(new QueuedEmail("already-queued", "incubator", "founder", now.plusSeconds(3600), false, now.minusSeconds(30))).block();

        Long queued = migrations.once(BACKFILL, emails::queueUnqueuedPending).block();

        assertThat(queued).isEqualTo(2L);
        assertThat(mongo.findById("already-queued", QueuedEmail.class).block().dueAt()).isEqualTo(now.plusSeconds(3600));
        assertThat(emails.due(now, 100).collectList().block()).containsExactlyInAnyOrder("old-due", "old-waiting");
        assertThat(emails.waitingFor("incubator", "newcomer").collectList().block()).containsExactly("old-waiting");

        sending.sweep().block();
        await().atMost(Duration.ofSeconds(30)).until(() -> status("old-due") == EmailStatus.SENT);
        people.save(person("newcomer")).block();
        sending.arrived(person("newcomer")).block();
        await().atMost(Duration.ofSeconds(30)).until(() -> status("old-waiting") == EmailStatus.SENT);
        assertThat(sent).extracting(OutgoingEmail::toAddress).containsExactlyInAnyOrder("founder@example.org", "newcomer@example.org");

        storeOld("stored-after-the-backfill", "founder", EmailStatus.PENDING, false);
        Long second = migrations.once(BACKFILL, emails::queueUnqueuedPending).block();

        assertThat(second).isNull();
        assertThat(mongo.findById("stored-after-the-backfill", QueuedEmail.class).block()).isNull();
    }

    private EmailStatus status(String id) {
        return mongo.findById(id, EmailDocument.class).block().status();
    }

    private Person person(String id) {
        return new Person(id, "incubator", id + "@example.org", "Camille", Language.FR, Set.of(Role.FOUNDER), null, Instant.EPOCH);
    }

    /** An email as the version without the queue stored it: no queue entry and no lease field. */
    private void storeOld(String id, String recipientId, EmailStatus status, boolean waitingForRecipient) {
        var document = new Document("_id", id)
                .append("incubatorId", "incubator").append("recipientId", recipientId).append("template", "APPLICATION_RECEIVED")
                .append("parameters", new Document(EmailTemplate.STARTUP_NAME, "ChimieVerte")).append("status", status.name())
                .append("failedAttempts", 0).append("nextAttemptAt", Date.from(now.minusSeconds(60)))
                .append("waitingForRecipient", waitingForRecipient).append("createdAt", Date.from(now.minusSeconds(3600)))
                .append("sentAt", null).append("lastError", null);
        mongo.insert(document, EmailDocument.COLLECTION).block();
    }
}
