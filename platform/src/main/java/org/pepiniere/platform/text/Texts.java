package org.pepiniere.platform.text;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;

/**
 * Texts people read, in French (the default) and English, from every {@code <name>.properties} on the class path and
 * the {@code <name>_en.properties} beside each. The files are UTF-8 and each text is a {@link MessageFormat} pattern
 * ({@code {0}} for an argument, {@code ''} for an apostrophe). A key present in one language only, whose arguments
 * differ between languages, or defined by two files, is refused when the texts are read: read them once, at start-up.
 */
public final class Texts {

    private final List<TextBundles.Pair> pairs;
    private final TextBundles bundles;

    private Texts(List<TextBundles.Pair> pairs) {
        this.pairs = List.copyOf(pairs);
        this.bundles = TextBundles.read(pairs);
    }

    /** Reads every pair called {@code name} ({@code pepiniere-problems}, say) on the class path. */
    public static Texts read(String name) {
        try {
            var loader = Texts.class.getClassLoader();
            return new Texts(Collections.list(loader.getResources(name + ".properties")).stream()
                    .map(french -> new TextBundles.Pair(french.toString(), load(french), load(beside(french, name + "_en.properties"))))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL beside(URL french, String file) {
        try {
            // resolved against the French file's URL, so that it works the same in a directory, a jar or a nested jar
            return new URL(french, file);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> load(URL file) {
        var properties = new Properties();
        try (Reader reader = new InputStreamReader(file.openStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Texts cannot be read from " + file, e);
        }
        var texts = new HashMap<String, String>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    /** The text of {@code key} in {@code locale} (English, or else French), its {@code {0}}… filled with the arguments. */
    public String text(Locale locale, String key, Object... arguments) {
        return pattern(locale, key).format(arguments);
    }

    /**
     * The pattern of {@code key} in {@code locale}, for a caller that treats the arguments apart from the text around them
     * (with {@link MessageFormat#formatToCharacterIterator}, to escape them for HTML, say). A fresh one each time: a
     * {@link MessageFormat} is not safe to share between threads.
     */
    public MessageFormat pattern(Locale locale, String key) {
        String pattern = bundles.text(isEnglish(locale), key);
        if (pattern == null) {
            throw new MissingResourceException("No text " + key, Texts.class.getName(), key);
        }
        return new MessageFormat(pattern, locale);
    }

    public boolean has(String key) {
        return bundles.text(false, key) != null;
    }

    /** Every key, each of which has its text in both languages. */
    public Set<String> keys() {
        return bundles.keys();
    }

    /** Where the texts were read from. */
    public List<String> files() {
        return pairs.stream().map(TextBundles.Pair::name).toList();
    }

    private static boolean isEnglish(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
