package org.pepiniere.notifications.email;

import java.util.Locale;
import java.util.Map;

import org.pepiniere.notifications.people.Language;
import org.pepiniere.platform.text.Texts;

/**
 * Writes each email in French or English, from the texts of {@value #TEXTS_FILE}; French is the default of every
 * reader.
 */
public final class EmailTemplates {

    static final String TEXTS_FILE = "notifications-emails";

    // Read once, at start-up (see load), so that no thread that must not block ever reads a resource file.
    private static final Texts TEXTS = Texts.read(TEXTS_FILE);

    /** Reads and checks the texts now, when the service starts, rather than on the first email's thread. */
    public static void load() {
        // class initialisation has read and checked both files
    }

    public static RenderedEmail render(EmailTemplate template, Language language, String recipientName, Map<String, String> parameters) {
        for (String name : template.parameters()) {
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("Email " + template + " needs the parameter " + name);
            }
        }
        var email = new EmailBody(TEXTS, language);
        String name = Html.oneLine(recipientName);
        return switch (template) {
            case APPLICATION_RECEIVED, APPLICATION_WITHDRAWN -> aboutTheApplication(email, template, name,
                    Html.oneLine(parameters.get(EmailTemplate.STARTUP_NAME)));
            case APPLICATION_DECIDED -> DecisionEmails.render(email, language, name, parameters);
        };
    }

    private static RenderedEmail aboutTheApplication(EmailBody email, EmailTemplate template, String name, String startup) {
        String key = "email." + template.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return email.paragraph("email.greeting", name)
                .paragraph(key + ".body", new Html.Strong(startup))
                .paragraph("email.signature")
                .withSubject(email.line(key + ".subject", startup));
    }

    private EmailTemplates() {
    }
}
