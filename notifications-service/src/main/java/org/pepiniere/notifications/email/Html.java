package org.pepiniere.notifications.email;

import java.text.CharacterIterator;
import java.text.MessageFormat;

/** Escaping of text that people typed (a start-up name, a display name) before it goes into HTML. */
final class Html {

    /** An argument set in bold in the HTML part; the plain-text part reads it as it is. */
    record Strong(String text) {

        @Override
        public String toString() {
            return text;
        }
    }

    static String escape(String text) {
        var escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * The pattern filled with its arguments, all of it escaped: the arguments are typed by people, and a translator's
     * {@code &} in the text must not break the page either. {@link Strong} arguments are set in bold.
     */
    static String format(MessageFormat pattern, Object... arguments) {
        var html = new StringBuilder();
        var formatted = pattern.formatToCharacterIterator(arguments);
        var run = new StringBuilder();
        char c = formatted.first();
        while (c != CharacterIterator.DONE) {
            int end = formatted.getRunLimit(MessageFormat.Field.ARGUMENT);
            Object argument = formatted.getAttribute(MessageFormat.Field.ARGUMENT);
            run.setLength(0);
            while (formatted.getIndex() < end) {
                run.append(c);
                c = formatted.next();
            }
            boolean strong = argument instanceof Integer index && arguments[index] instanceof Strong;
            html.append(strong ? "<strong>" + escape(run.toString()) + "</strong>" : escape(run.toString()));
        }
        return html.toString();
    }

    /** A header holds one line: control characters from user text become spaces. */
    static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", " ").strip();
    }

    private Html() {
    }
}
