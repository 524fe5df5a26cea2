package org.pepiniere.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pepiniere.notifications.people.Language;

class DecisionEmailsTest {

    @Test
    void tellsEachOutcomeInFrenchByDefault() {
        assertThat(render("ADMITTED", "cohorte-1", Language.of(null)).subject()).isEqualTo("Candidature retenue");
        assertThat(render("WAITLISTED", "", Language.FR).subject()).isEqualTo("Candidature sur liste d'attente");
        assertThat(render("REJECTED", "", Language.FR).subject()).isEqualTo("Candidature non retenue");
    }

    @Test
    void tellsEachOutcomeInEnglish() {
        assertThat(render("ADMITTED", "cohort-1", Language.EN).subject()).isEqualTo("Application accepted");
        assertThat(render("WAITLISTED", "", Language.EN).subject()).isEqualTo("Application on the waiting list");
        assertThat(render("REJECTED", "", Language.EN).subject()).isEqualTo("Application not selected");
    }

    @Test
    void namesTheCohortOfAnAdmissionAndGivesTheReasonsOfTheReadersLanguage() {
        var french = render("ADMITTED", "cohorte-printemps", Language.FR);
        var english = render("ADMITTED", "cohort-spring", Language.EN);

        assertThat(french.text()).startsWith("Bonjour Camille,").contains("« cohorte-printemps »", "Motifs en français")
                .doesNotContain("Reasons in English");
        assertThat(english.text()).startsWith("Hello Camille,").contains("“cohort-spring”", "Reasons in English")
                .doesNotContain("Motifs en français");
        assertThat(english.html()).contains("lang=\"en\"");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void escapesTheReasonsTheCohortAndTheNameInTheHtmlPartInBothLanguages(Language language) {
        var parameters = Map.of(EmailTemplate.DECISION, "ADMITTED", EmailTemplate.COHORT_ID, "<script>cohort</script>",
                EmailTemplate.REASONS_FR, "<script>fr</script>", EmailTemplate.REASONS_EN, "<script>en</script>");

        var email = EmailTemplates.render(EmailTemplate.APPLICATION_DECIDED, language, "<script>name</script>", parameters);

        assertThat(email.html()).doesNotContain("<script>")
                .contains("&lt;script&gt;cohort&lt;/script&gt;", "&lt;script&gt;name&lt;/script&gt;",
                        "&lt;script&gt;" + language.code() + "&lt;/script&gt;");
    }

    @Test
    void writesAnAdmissionAsItDidBeforeItsTextsMovedToBundles() {
        var email = render("ADMITTED", "cohorte-printemps", Language.FR);

        assertThat(email.text()).isEqualTo("""
                Bonjour Camille,

                Bonne nouvelle : votre candidature est retenue, et votre start-up rejoint la cohorte « cohorte-printemps ».

                Les motifs du comité :
                Motifs en français

                Vous retrouverez cette décision dans votre espace Pépinière.

                L'équipe de l'incubateur
                """);
        assertThat(email.html()).contains("""
                <p>Bonjour Camille,</p>
                <p><strong>Bonne nouvelle : votre candidature est retenue, et votre start-up rejoint la cohorte « cohorte-printemps ».</strong></p>
                <p>Les motifs du comité :</p>
                <blockquote style="white-space: pre-line">Motifs en français</blockquote>
                <p>Vous retrouverez cette décision dans votre espace Pépinière.</p>
                <p>L&#39;équipe de l&#39;incubateur</p>
                """);
    }

    private static RenderedEmail render(String decision, String cohort, Language language) {
        var parameters = Map.of(EmailTemplate.DECISION, decision, EmailTemplate.COHORT_ID, cohort,
                EmailTemplate.REASONS_FR, "Motifs en français", EmailTemplate.REASONS_EN, "Reasons in English");
        return EmailTemplates.render(EmailTemplate.APPLICATION_DECIDED, language, "Camille", parameters);
    }
}
