package org.pepiniere.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
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

    @Test
    void escapesTheReasonsInTheHtmlPart() {
        var parameters = Map.of(EmailTemplate.DECISION, "REJECTED", EmailTemplate.COHORT_ID, "",
                EmailTemplate.REASONS_FR, "<script>x</script>", EmailTemplate.REASONS_EN, "-");

        var email = EmailTemplates.render(EmailTemplate.APPLICATION_DECIDED, Language.FR, "Camille", parameters);

        assertThat(email.html()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    private static RenderedEmail render(String decision, String cohort, Language language) {
        var parameters = Map.of(EmailTemplate.DECISION, decision, EmailTemplate.COHORT_ID, cohort,
                EmailTemplate.REASONS_FR, "Motifs en français", EmailTemplate.REASONS_EN, "Reasons in English");
        return EmailTemplates.render(EmailTemplate.APPLICATION_DECIDED, language, "Camille", parameters);
    }
}
