package org.pepiniere.notifications.email;

import java.util.Map;

import org.pepiniere.notifications.people.Language;

/**
 * The email that tells a founder what staff decided, with the reasons written in the founder's language. The event names
 * the cohort only by its id, so the email names it so and sends the founder to their space for the rest.
 */
final class DecisionEmails {

    private static final String KEY = "email.application-decided.";

    static RenderedEmail render(EmailBody email, Language language, String name, Map<String, String> parameters) {
        String outcome = KEY + outcome(parameters.get(EmailTemplate.DECISION));
        String cohort = Html.oneLine(parameters.get(EmailTemplate.COHORT_ID));
        String reasons = parameters.get(language == Language.EN ? EmailTemplate.REASONS_EN : EmailTemplate.REASONS_FR).strip();
        return email.paragraph("email.greeting", name)
                .emphasised(outcome + ".outcome", cohort)
                .quoted(KEY + "reasons", reasons)
                .paragraph(KEY + "more")
                .paragraph("email.signature")
                .withSubject(email.line(outcome + ".subject"));
    }

    private static String outcome(String decision) {
        return switch (decision) {
            case "ADMITTED" -> "admitted";
            case "WAITLISTED" -> "waitlisted";
            case "REJECTED" -> "rejected";
            default -> throw new IllegalArgumentException("Unknown decision " + decision);
        };
    }

    private DecisionEmails() {
    }
}
