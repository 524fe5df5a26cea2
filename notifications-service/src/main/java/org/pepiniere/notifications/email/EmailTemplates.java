package org.pepiniere.notifications.email;

import java.util.Map;

import org.pepiniere.notifications.people.Language;

/** Writes each email in French or English; French is the default of every reader. */
public final class EmailTemplates {

    public static RenderedEmail render(EmailTemplate template, Language language, String recipientName, Map<String, String> parameters) {
        for (String name : template.parameters()) {
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("Email " + template + " needs the parameter " + name);
            }
        }
        return switch (template) {
            case APPLICATION_RECEIVED -> applicationReceived(language, Html.oneLine(recipientName),
                    Html.oneLine(parameters.get(EmailTemplate.STARTUP_NAME)));
            case APPLICATION_WITHDRAWN -> applicationWithdrawn(language, Html.oneLine(recipientName),
                    Html.oneLine(parameters.get(EmailTemplate.STARTUP_NAME)));
            case APPLICATION_DECIDED -> DecisionEmails.render(language, Html.oneLine(recipientName), parameters);
        };
    }

    private static RenderedEmail applicationReceived(Language language, String name, String startup) {
        if (language == Language.EN) {
            return new RenderedEmail("Application received: " + startup,
                    """
                    Hello %s,

                    We have received the application of %s. The selection committee will now review it, \
                    and you will hear about each step in your Pépinière space.

                    The incubator team
                    """.formatted(name, startup),
                    html("en", "Application received: " + startup, """
                            <p>Hello %s,</p>
                            <p>We have received the application of <strong>%s</strong>. The selection committee will now \
                            review it, and you will hear about each step in your Pépinière space.</p>
                            <p>The incubator team</p>
                            """.formatted(Html.escape(name), Html.escape(startup))));
        }
        return new RenderedEmail("Candidature reçue : " + startup,
                """
                Bonjour %s,

                Nous avons bien reçu la candidature de %s. Le comité de sélection va maintenant l'étudier, \
                et vous serez informé·e de chaque étape dans votre espace Pépinière.

                L'équipe de l'incubateur
                """.formatted(name, startup),
                html("fr", "Candidature reçue : " + startup, """
                        <p>Bonjour %s,</p>
                        <p>Nous avons bien reçu la candidature de <strong>%s</strong>. Le comité de sélection va \
                        maintenant l'étudier, et vous serez informé·e de chaque étape dans votre espace Pépinière.</p>
                        <p>L'équipe de l'incubateur</p>
                        """.formatted(Html.escape(name), Html.escape(startup))));
    }

    private static RenderedEmail applicationWithdrawn(Language language, String name, String startup) {
        if (language == Language.EN) {
            return new RenderedEmail("Application withdrawn: " + startup,
                    """
                    Hello %s,

                    The application of %s has been withdrawn, as you asked. Nobody will review it. \
                    You may apply again to an open call from your Pépinière space.

                    The incubator team
                    """.formatted(name, startup),
                    html("en", "Application withdrawn: " + startup, """
                            <p>Hello %s,</p>
                            <p>The application of <strong>%s</strong> has been withdrawn, as you asked. Nobody will \
                            review it. You may apply again to an open call from your Pépinière space.</p>
                            <p>The incubator team</p>
                            """.formatted(Html.escape(name), Html.escape(startup))));
        }
        return new RenderedEmail("Candidature retirée : " + startup,
                """
                Bonjour %s,

                La candidature de %s a été retirée, comme vous l'avez demandé. Personne ne l'évaluera. \
                Vous pourrez candidater de nouveau à un appel ouvert depuis votre espace Pépinière.

                L'équipe de l'incubateur
                """.formatted(name, startup),
                html("fr", "Candidature retirée : " + startup, """
                        <p>Bonjour %s,</p>
                        <p>La candidature de <strong>%s</strong> a été retirée, comme vous l'avez demandé. Personne ne \
                        l'évaluera. Vous pourrez candidater de nouveau à un appel ouvert depuis votre espace Pépinière.</p>
                        <p>L'équipe de l'incubateur</p>
                        """.formatted(Html.escape(name), Html.escape(startup))));
    }

    static String html(String lang, String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><title>%s</title></head>
                <body style="font-family: Arial, sans-serif; color: #1f2933; line-height: 1.5">
                %s</body>
                </html>
                """.formatted(lang, Html.escape(title), body);
    }

    private EmailTemplates() {
    }
}
