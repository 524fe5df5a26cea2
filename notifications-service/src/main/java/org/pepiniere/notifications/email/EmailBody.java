package org.pepiniere.notifications.email;

import java.util.ArrayList;
import java.util.List;

import org.pepiniere.notifications.people.Language;
import org.pepiniere.platform.text.Texts;

/**
 * An email written from the service's texts in its reader's language: each block goes once into the plain-text part
 * and once, escaped, into the HTML part, so that the two always say the same.
 */
final class EmailBody {

    private final Texts texts;
    private final Language language;
    private final List<String> text = new ArrayList<>();
    private final StringBuilder html = new StringBuilder();

    EmailBody(Texts texts, Language language) {
        this.texts = texts;
        this.language = language;
    }

    /** One text on its own, such as a subject. */
    String line(String key, Object... arguments) {
        return texts.text(language.locale(), key, arguments);
    }

    EmailBody paragraph(String key, Object... arguments) {
        text.add(line(key, arguments));
        html.append("<p>").append(Html.format(texts.pattern(language.locale(), key), arguments)).append("</p>\n");
        return this;
    }

    /** A paragraph set in bold in the HTML part, such as the news the email brings. */
    EmailBody emphasised(String key, Object... arguments) {
        text.add(line(key, arguments));
        html.append("<p><strong>").append(Html.format(texts.pattern(language.locale(), key), arguments)).append("</strong></p>\n");
        return this;
    }

    /** A title and, on the next line, what someone wrote, kept as they wrote it (line breaks too). */
    EmailBody quoted(String titleKey, String quote) {
        text.add(line(titleKey) + "\n" + quote);
        html.append("<p>").append(Html.format(texts.pattern(language.locale(), titleKey))).append("</p>\n")
                .append("<blockquote style=\"white-space: pre-line\">").append(Html.escape(quote)).append("</blockquote>\n");
        return this;
    }

    RenderedEmail withSubject(String subject) {
        return new RenderedEmail(subject, String.join("\n\n", text) + "\n", """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><title>%s</title></head>
                <body style="font-family: Arial, sans-serif; color: #1f2933; line-height: 1.5">
                %s</body>
                </html>
                """.formatted(language.code(), Html.escape(subject), html));
    }
}
