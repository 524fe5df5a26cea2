package org.pepiniere.notifications.email;

/** Escaping of text that people typed (a start-up name, a display name) before it goes into HTML. */
final class Html {

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

    /** A header holds one line: control characters from user text become spaces. */
    static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", " ").strip();
    }

    private Html() {
    }
}
