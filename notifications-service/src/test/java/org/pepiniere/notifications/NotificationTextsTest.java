package org.pepiniere.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pepiniere.notifications.email.EmailTemplate;
import org.pepiniere.notifications.email.EmailTemplates;
import org.pepiniere.notifications.feed.FeedMessages;
import org.pepiniere.notifications.feed.Notification;
import org.pepiniere.notifications.feed.NotificationKind;
import org.pepiniere.notifications.people.Language;

/** What founders read, in French by default and in English: both files of each bundle hold the same keys, and every text a template asks for exists. */
class NotificationTextsTest {

    private static final String[] DECISIONS = {"ADMITTED", "WAITLISTED", "REJECTED"};

    @ParameterizedTest
    @ValueSource(strings = {"notifications-emails", "notifications-feed"})
    void saysEverythingInBothLanguages(String bundle) {
        ResourceBundle french = bundle(bundle, Locale.FRENCH);
        ResourceBundle english = bundle(bundle, Locale.ENGLISH);

        assertThat(french.keySet()).isNotEmpty();
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(french.keySet());
        for (String key : french.keySet()) {
            assertThat(english.getString(key)).as(key).isNotEqualTo(french.getString(key));
        }
    }

    @ParameterizedTest
    @CsvSource({"APPLICATION_RECEIVED, FR", "APPLICATION_RECEIVED, EN", "APPLICATION_WITHDRAWN, FR", "APPLICATION_WITHDRAWN, EN"})
    void findsEveryTextOfAnApplicationsEmail(EmailTemplate template, Language language) {
        var email = EmailTemplates.render(template, language, "Camille", Map.of(EmailTemplate.STARTUP_NAME, "ChimieVerte"));

        assertThat(email.subject()).contains("ChimieVerte");
        assertThat(email.text()).contains("Camille", "ChimieVerte").doesNotContain("{", "}");
        assertThat(email.html()).doesNotContain("{", "}");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void findsEveryTextOfEachDecisionsEmail(Language language) {
        for (String decision : DECISIONS) {
            var email = EmailTemplates.render(EmailTemplate.APPLICATION_DECIDED, language, "Camille", Map.of(EmailTemplate.DECISION, decision,
                    EmailTemplate.COHORT_ID, "cohort-1", EmailTemplate.REASONS_FR, "Motifs", EmailTemplate.REASONS_EN, "Reasons"));

            assertThat(email.subject()).as(decision).isNotBlank();
            assertThat(email.text()).as(decision).contains("Camille").doesNotContain("{", "}");
            assertThat(email.html()).as(decision).doesNotContain("{", "}");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void findsEveryTextOfEachKindOfFeedEntry(Language language) {
        for (NotificationKind kind : NotificationKind.values()) {
            for (String decision : DECISIONS) {
                var entry = FeedMessages.render(Notification.of("event-" + kind + decision, "incubator", "founder-1", kind,
                        Map.of(NotificationKind.STARTUP_NAME, "ChimieVerte", NotificationKind.DECISION, decision,
                                NotificationKind.COHORT_ID, "cohort-1", NotificationKind.REASONS_FR, "Motifs",
                                NotificationKind.REASONS_EN, "Reasons"),
                        Instant.parse("2026-11-25T10:00:00Z")), language);

                assertThat(entry.title()).as(kind + " " + decision).isNotBlank();
                assertThat(entry.body()).as(kind + " " + decision).isNotBlank().doesNotContain("{", "}");
            }
        }
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
