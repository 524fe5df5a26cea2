package org.pepiniere.notifications.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pepiniere.notifications.people.Language;

class FeedMessagesTest {

    private final Notification notification = Notification.of("event-1", "incubator", "founder-1", NotificationKind.APPLICATION_RECEIVED,
            Map.of(NotificationKind.STARTUP_NAME, "ChimieVerte"), Instant.parse("2026-11-25T10:00:00Z"));

    @Test
    void readsInFrenchForAFrenchReader() {
        var entry = FeedMessages.render(notification, Language.FR);

        assertThat(entry.title()).isEqualTo("Candidature reçue");
        assertThat(entry.body()).contains("ChimieVerte");
        assertThat(entry.type()).isEqualTo("application-received");
    }

    @Test
    void readsInEnglishForAnEnglishReader() {
        assertThat(FeedMessages.render(notification, Language.EN).title()).isEqualTo("Application received");
    }

    @Test
    void tellsOfAWithdrawalInFrenchAndEnglish() {
        var withdrawn = Notification.of("event-2", "incubator", "founder-1", NotificationKind.APPLICATION_WITHDRAWN,
                Map.of(NotificationKind.STARTUP_NAME, "ChimieVerte"), Instant.parse("2026-11-26T10:00:00Z"));

        assertThat(FeedMessages.render(withdrawn, Language.FR).title()).isEqualTo("Candidature retirée");
        assertThat(FeedMessages.render(withdrawn, Language.EN).body()).isEqualTo("Your application for ChimieVerte has been withdrawn.");
        assertThat(FeedMessages.render(withdrawn, Language.EN).type()).isEqualTo("application-withdrawn");
    }

    @Test
    void derivesItsIdFromTheEventAndTheRecipient() {
        assertThat(notification.id()).isEqualTo(Notification.idFor("event-1", "founder-1"));
    }

    @Test
    void tellsOfAnAdmissionWithItsCohortAndTheReasonsInTheReadersLanguage() {
        var decided = Notification.of("event-3", "incubator", "founder-1", NotificationKind.APPLICATION_DECIDED,
                Map.of(NotificationKind.DECISION, "ADMITTED", NotificationKind.COHORT_ID, "cohort-1",
                        NotificationKind.REASONS_FR, "Belle équipe.", NotificationKind.REASONS_EN, "A fine team."),
                Instant.parse("2026-11-25T10:00:00Z"));

        assertThat(FeedMessages.render(decided, Language.FR).title()).isEqualTo("Candidature retenue");
        assertThat(FeedMessages.render(decided, Language.FR).body())
                .isEqualTo("Votre start-up rejoint la cohorte « cohort-1 ». Motifs : Belle équipe.");
        assertThat(FeedMessages.render(decided, Language.EN).body()).isEqualTo("Your start-up joins the cohort “cohort-1”. Reasons: A fine team.");
        assertThat(FeedMessages.render(decided, Language.EN).type()).isEqualTo("application-decided");
    }
}
