package org.pepiniere.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pepiniere.notifications.people.Language;

class EmailTemplatesTest {

    @Test
    void writesInFrenchByDefault() {
        var email = EmailTemplates.render(EmailTemplate.APPLICATION_RECEIVED, Language.of(null), "Camille", startup("ChimieVerte"));

        assertThat(email.subject()).isEqualTo("Candidature reçue : ChimieVerte");
        assertThat(email.text()).startsWith("Bonjour Camille,");
        assertThat(email.html()).contains("lang=\"fr\"", "<strong>ChimieVerte</strong>");
    }

    @Test
    void writesInEnglishForAnEnglishReader() {
        var email = EmailTemplates.render(EmailTemplate.APPLICATION_RECEIVED, Language.EN, "Sam", startup("GreenChem"));

        assertThat(email.subject()).isEqualTo("Application received: GreenChem");
        assertThat(email.text()).startsWith("Hello Sam,");
        assertThat(email.html()).contains("lang=\"en\"");
    }

    @Test
    void tellsOfAWithdrawalInBothLanguagesEscapingWhatPeopleTyped() {
        var french = EmailTemplates.render(EmailTemplate.APPLICATION_WITHDRAWN, Language.FR, "Camille", startup("<i>Chlorofil</i>"));
        var english = EmailTemplates.render(EmailTemplate.APPLICATION_WITHDRAWN, Language.EN, "Sam", startup("GreenChem"));

        assertThat(french.subject()).isEqualTo("Candidature retirée : <i>Chlorofil</i>");
        assertThat(french.html()).contains("lang=\"fr\"", "&lt;i&gt;Chlorofil").doesNotContain("<i>");
        assertThat(english.subject()).isEqualTo("Application withdrawn: GreenChem");
        assertThat(english.text()).startsWith("Hello Sam,").contains("Nobody will review it");
    }

    @Test
    void escapesWhatPeopleTypedInTheHtmlPart() {
        var email = EmailTemplates.render(EmailTemplate.APPLICATION_RECEIVED, Language.FR, "<b>Eve</b>", startup("<script>x</script>"));

        assertThat(email.html()).doesNotContain("<script>", "<b>Eve").contains("&lt;script&gt;");
    }

    @Test
    void keepsTheSubjectOnOneLine() {
        var email = EmailTemplates.render(EmailTemplate.APPLICATION_RECEIVED, Language.FR, "Camille", startup("Evil\r\nBcc: all@x"));

        assertThat(email.subject()).doesNotContain("\r", "\n");
    }

    private static Map<String, String> startup(String name) {
        return Map.of(EmailTemplate.STARTUP_NAME, name);
    }
}
