package org.pepiniere.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pepiniere.notifications.retry.RetrySchedule;

class EmailTest {

    private static final Instant CREATED = Instant.parse("2026-11-25T10:00:00Z");
    private final EmailSettings settings = new EmailSettings(RetrySchedule.of(Duration.ofSeconds(30), Duration.ofMinutes(2)),
            Duration.ofMinutes(1), Duration.ofDays(7), Duration.ofMinutes(2));
    private final Email email = Email.toSend("event-1", "incubator", "founder-1", EmailTemplate.APPLICATION_RECEIVED,
            Map.of(EmailTemplate.STARTUP_NAME, "ChimieVerte"), CREATED);

    @Test
    void derivesItsIdFromTheEventAndTheRecipient() {
        assertThat(email.id()).isEqualTo(Email.idFor("event-1", "founder-1")).isNotEqualTo(Email.idFor("event-1", "founder-2"));
    }

    @Test
    void waitsForARecipientNotKnownYet() {
        var waiting = email.recipientUnknown(settings, CREATED.plusSeconds(1));

        assertThat(waiting.status()).isEqualTo(EmailStatus.PENDING);
        assertThat(waiting.waitingForRecipient()).isTrue();
        assertThat(waiting.nextAttemptAt()).isEqualTo(CREATED.plusSeconds(61));
    }

    @Test
    void givesUpARecipientStillUnknownAfterAWeek() {
        var given = email.recipientUnknown(settings, CREATED.plus(Duration.ofDays(7)));

        assertThat(given.status()).isEqualTo(EmailStatus.FAILED);
    }

    @Test
    void retriesAfterAnSmtpFailureThenGivesUp() {
        var once = email.failed("relay down", settings, CREATED);
        var thrice = once.failed("relay down", settings, CREATED).failed("relay down", settings, CREATED);

        assertThat(once.status()).isEqualTo(EmailStatus.PENDING);
        assertThat(once.nextAttemptAt()).isEqualTo(CREATED.plusSeconds(30));
        assertThat(thrice.status()).isEqualTo(EmailStatus.FAILED);
        assertThat(thrice.failedAttempts()).isEqualTo(3);
    }
}
