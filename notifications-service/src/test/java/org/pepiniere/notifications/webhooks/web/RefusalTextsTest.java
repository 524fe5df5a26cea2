package org.pepiniere.notifications.webhooks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pepiniere.notifications.webhooks.Refusal;
import org.pepiniere.platform.web.ProblemTexts;

class RefusalTextsTest {

    @ParameterizedTest
    @EnumSource(Refusal.Reason.class)
    void everyReasonIsWrittenInFrenchAndEnglish(Refusal.Reason reason) {
        // numbers fit both the plain and the number placeholders
        Object[] arguments = {1, 2, 3};

        assertThat(ProblemTexts.text(Locale.FRENCH, reason.key(), arguments)).isNotBlank();
        assertThat(ProblemTexts.text(Locale.ENGLISH, reason.key(), arguments)).isNotBlank()
                .isNotEqualTo(ProblemTexts.text(Locale.FRENCH, reason.key(), arguments));
    }

    @Test
    void numbersAreWrittenWithoutGrouping() {
        var refusal = Refusal.of(Refusal.Reason.URL_TOO_LONG, 2048);

        assertThat(ProblemTexts.text(Locale.FRENCH, refusal.key(), refusal.arguments().toArray()))
                .isEqualTo("L'URL compte au plus 2048 caractères.");
        assertThat(ProblemTexts.text(Locale.ENGLISH, refusal.key(), refusal.arguments().toArray()))
                .isEqualTo("The URL holds at most 2048 characters.");
    }
}
