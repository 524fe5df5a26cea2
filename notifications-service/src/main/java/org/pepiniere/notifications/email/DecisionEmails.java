package org.pepiniere.notifications.email;

import java.util.Map;

import org.pepiniere.notifications.people.Language;

/**
 * The email that tells a founder what staff decided, with the reasons written in the founder's language. The event names
 * the cohort only by its id, so the email names it so and sends the founder to their space for the rest.
 */
final class DecisionEmails {

    static RenderedEmail render(Language language, String name, Map<String, String> parameters) {
        String decision = parameters.get(EmailTemplate.DECISION);
        String cohort = Html.oneLine(parameters.get(EmailTemplate.COHORT_ID));
        String reasons = (language == Language.EN ? parameters.get(EmailTemplate.REASONS_EN) : parameters.get(EmailTemplate.REASONS_FR)).strip();
        boolean en = language == Language.EN;
        String subject;
        String outcome;
        switch (decision) {
            case "ADMITTED" -> {
                subject = en ? "Application accepted" : "Candidature retenue";
                outcome = en
                        ? "Good news: your application is accepted, and your start-up joins the cohort “" + cohort + "”."
                        : "Bonne nouvelle : votre candidature est retenue, et votre start-up rejoint la cohorte « " + cohort + " ».";
            }
            case "WAITLISTED" -> {
                subject = en ? "Application on the waiting list" : "Candidature sur liste d'attente";
                outcome = en
                        ? "Your application is on the waiting list: if a place becomes free, we will tell you at once."
                        : "Votre candidature est inscrite sur la liste d'attente : si une place se libère, nous vous le dirons aussitôt.";
            }
            case "REJECTED" -> {
                subject = en ? "Application not selected" : "Candidature non retenue";
                outcome = en
                        ? "We are sorry: your application has not been selected this time."
                        : "Nous sommes désolés : votre candidature n'a pas été retenue cette fois-ci.";
            }
            default -> throw new IllegalArgumentException("Unknown decision " + decision);
        }
        String greeting = (en ? "Hello " : "Bonjour ") + name + ",";
        String reasonsTitle = en ? "The committee's reasons:" : "Les motifs du comité :";
        String more = en ? "You will find this decision in your Pépinière space." : "Vous retrouverez cette décision dans votre espace Pépinière.";
        String signature = en ? "The incubator team" : "L'équipe de l'incubateur";
        String text = greeting + "\n\n" + outcome + "\n\n" + reasonsTitle + "\n" + reasons + "\n\n" + more + "\n\n" + signature + "\n";
        String html = EmailTemplates.html(en ? "en" : "fr", subject, """
                <p>%s</p>
                <p><strong>%s</strong></p>
                <p>%s</p>
                <blockquote style="white-space: pre-line">%s</blockquote>
                <p>%s</p>
                <p>%s</p>
                """.formatted(Html.escape(greeting), Html.escape(outcome), Html.escape(reasonsTitle), Html.escape(reasons),
                Html.escape(more), Html.escape(signature)));
        return new RenderedEmail(subject, text, html);
    }

    private DecisionEmails() {
    }
}
