package org.pepiniere.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest
    @CsvSource({"APPLICATION_RECEIVED, FR", "APPLICATION_RECEIVED, EN", "APPLICATION_WITHDRAWN, FR", "APPLICATION_WITHDRAWN, EN"})
    void escapesWhatPeopleTypedInTheHtmlPartInBothLanguages(EmailTemplate template, Language language) {
        var email = EmailTemplates.render(template, language, "<b>Eve</b>", startup("<script>alert(1)</script>"));

        assertThat(email.html()).doesNotContain("<script>", "<b>Eve")
                .contains("<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong>", "&lt;b&gt;Eve&lt;/b&gt;");
        assertThat(email.text()).contains("<script>alert(1)</script>", "<b>Eve</b>");
    }

    @Test
    void writesTheSameSentencesInTheTextAndTheHtmlParts() {
        var email = EmailTemplates.render(EmailTemplate.APPLICATION_WITHDRAWN, Language.FR, "Camille", startup("ChimieVerte"));

        assertThat(email.text()).isEqualTo("""
                Bonjour Camille,

                La candidature de ChimieVerte a été retirée, comme vous l'avez demandé. Personne ne l'évaluera. \
                Vous pourrez candidater de nouveau à un appel ouvert depuis votre espace Pépinière.

                L'équipe de l'incubateur
                """);
        assertThat(email.html()).contains("""
                <p>Bonjour Camille,</p>
                <p>La candidature de <strong>ChimieVerte</strong> a été retirée, comme vous l&#39;avez demandé. \
                Personne ne l&#39;évaluera. Vous pourrez candidater de nouveau à un appel ouvert depuis votre espace Pépinière.</p>
                <p>L&#39;équipe de l&#39;incubateur</p>
                """);
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
