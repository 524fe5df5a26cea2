package org.pepiniere.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** What the launcher tells a person, in French by default or in English. */
final class Messages {

    private static volatile Locale locale = Locale.FRENCH;

    private Messages() {
    }

    static void use(Locale chosen) {
        locale = chosen;
    }

    static Locale locale() {
        return locale;
    }

    static String get(String key, Object... arguments) {
        return get(locale, key, arguments);
    }

    static String usage() {
        String file = "usage-" + (Locale.ENGLISH.equals(locale) ? "en" : "fr") + ".txt";
        try (InputStream in = Messages.class.getResourceAsStream(file)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String get(Locale in, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.pepiniere.deploy.messages", in,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), in).format(arguments);
    }
}
