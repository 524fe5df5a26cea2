package org.pepiniere.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.notifications.MutableClock;
import org.pepiniere.notifications.people.InMemoryPeople;
import org.pepiniere.notifications.people.Language;
import org.pepiniere.notifications.people.Person;
import org.pepiniere.notifications.retry.RetrySchedule;

import reactor.core.publisher.Mono;

class SendingEmailsTest {

    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");
    private final InMemoryEmails emails = new InMemoryEmails();
    private final InMemoryPeople people = new InMemoryPeople();
    private final List<OutgoingEmail> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusalsLeft = new AtomicInteger();
    private final Mailer mailer = email -> Mono.defer(() -> {
        if (refusalsLeft.getAndDecrement() > 0) {
            return Mono.error(new IllegalStateException("relay down"));
        }
        sent.add(email);
        return Mono.empty();
    });
    private final EmailSettings settings = new EmailSettings(RetrySchedule.of(Duration.ofSeconds(30)), Duration.ofMinutes(1),
            Duration.ofDays(7), Duration.ofMinutes(2));
    private final SendingEmails sending = new SendingEmails(emails, people, mailer, settings, () -> UUID.randomUUID().toString(), clock);

    @Test
    void sendsAtOnceToAKnownRecipientInTheirLanguage() {
        people.save(founder("founder-1", Language.EN)).block();

        sending.enqueue(applicationReceived("event-1", "founder-1")).block();

        await().until(() -> sent.size() == 1);
        assertThat(sent.get(0).content().subject()).isEqualTo("Application received: ChimieVerte");
        await().until(() -> status("event-1", "founder-1") == EmailStatus.SENT);
    }

    @Test
    void queuesTheSameEmailOnlyOnce() {
        people.save(founder("founder-1", Language.FR)).block();

        sending.enqueue(applicationReceived("event-1", "founder-1")).block();
        sending.enqueue(applicationReceived("event-1", "founder-1")).block();

        await().until(() -> status("event-1", "founder-1") == EmailStatus.SENT);
        assertThat(sent).hasSize(1);
    }

    @Test
    void waitsForAnUnknownRecipientAndSendsWhenTheyArrive() {
        sending.enqueue(applicationReceived("event-1", "founder-1")).block();
        await().until(() -> emails.emails.get(Email.idFor("event-1", "founder-1")).waitingForRecipient());

        var founder = founder("founder-1", Language.FR);
        people.save(founder).block();
        sending.arrived(founder).block();

        await().until(() -> sent.size() == 1);
        assertThat(sent.get(0).content().subject()).isEqualTo("Candidature reçue : ChimieVerte");
        assertThat(sent.get(0).toAddress()).isEqualTo("founder-1@example.org");
    }

    @Test
    void retriesAfterAnSmtpFailureOnTheNextSweepThatIsDue() {
        people.save(founder("founder-1", Language.FR)).block();
        refusalsLeft.set(1);
        sending.enqueue(applicationReceived("event-1", "founder-1")).block();
        await().until(() -> emails.emails.get(Email.idFor("event-1", "founder-1")).failedAttempts() == 1);

        long early = sending.sweep().block();
        clock.advance(Duration.ofSeconds(30));
        long due = sending.sweep().block();

        assertThat(early).isZero();
        assertThat(due).isEqualTo(1);
        assertThat(sent).hasSize(1);
        assertThat(status("event-1", "founder-1")).isEqualTo(EmailStatus.SENT);
    }

    private EmailStatus status(String eventId, String recipientId) {
        return emails.emails.get(Email.idFor(eventId, recipientId)).status();
    }

    private Email applicationReceived(String eventId, String recipientId) {
        return Email.toSend(eventId, "incubator", recipientId, EmailTemplate.APPLICATION_RECEIVED,
                Map.of(EmailTemplate.STARTUP_NAME, "ChimieVerte"), clock.instant());
    }

    private static Person founder(String id, Language language) {
        return new Person(id, "incubator", id + "@example.org", "Camille", language, Set.of(Role.FOUNDER), null, Instant.EPOCH);
    }
}
