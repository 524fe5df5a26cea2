package org.pepiniere.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.notifications.MutableClock;
import org.pepiniere.notifications.people.InMemoryPeople;
import org.pepiniere.notifications.people.Language;
import org.pepiniere.notifications.people.Person;
import org.pepiniere.notifications.retry.RetrySchedule;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** An SMTP attempt that ends after its lease writes nothing: it neither undoes a later success nor causes a resend. */
class LateEmailAttemptsTest {

    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");
    private final InMemoryEmails emails = new InMemoryEmails();
    private final InMemoryPeople people = new InMemoryPeople();
    private final Sinks.Empty<Void> firstSend = Sinks.empty();
    private final List<OutgoingEmail> handedOver = new CopyOnWriteArrayList<>();
    private final Mailer mailer = email -> Mono.defer(() -> {
        handedOver.add(email);
        return handedOver.size() == 1 ? firstSend.asMono() : Mono.empty();
    });
    private final EmailSettings settings = new EmailSettings(RetrySchedule.of(Duration.ofSeconds(30)), Duration.ofMinutes(1),
            Duration.ofDays(7), Duration.ofMinutes(2));
    private final SendingEmails sending = new SendingEmails(emails, people, mailer, settings, () -> UUID.randomUUID().toString(), clock);

    @Test
    void dropsTheOutcomeOfAnAttemptThatEndsAfterAnotherSentTheEmail() {
        people.save(new Person("founder-1", "incubator", "founder-1@example.org", "Camille", Language.FR, Set.of(Role.FOUNDER), null,
                Instant.EPOCH)).block();
        var email = Email.toSend("event-1", "incubator", "founder-1", EmailTemplate.APPLICATION_RECEIVED,
                Map.of(EmailTemplate.STARTUP_NAME, "ChimieVerte"), clock.instant());
        sending.enqueue(email).block();
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        sending.sweep().block();
        assertThat(emails.emails.get(email.id()).status()).isEqualTo(EmailStatus.SENT);

        firstSend.tryEmitError(new IllegalStateException("relay timed out"));
        clock.advance(Duration.ofHours(1));
        long later = sending.sweep().block();

        assertThat(later).isZero();
        assertThat(emails.emails.get(email.id()).status()).isEqualTo(EmailStatus.SENT);
        assertThat(emails.emails.get(email.id()).lastError()).isNull();
        assertThat(handedOver).hasSize(2);
    }
}
