package org.pepiniere.platform.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
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

import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Every problem text of a service in French (the default) and English, and the one rule that picks the
 * caller's language. The texts come from each {@value #FRENCH_FILE} / {@value #ENGLISH_FILE} pair on the
 * class path: the platform's own, and one per service whose keys start with the service's name. A key
 * present in one language only, or defined by two files, stops the service at start-up.
 */
public final class ProblemTexts {

    static final String FRENCH_FILE = "pepiniere-problems.properties";
    static final String ENGLISH_FILE = "pepiniere-problems_en.properties";

    // Read once, here, so that no request thread ever reads a resource file.
    private static final List<ProblemBundles.Pair> PAIRS = bundles();
    private static final ProblemBundles BUNDLES = ProblemBundles.read(PAIRS);

    private static List<ProblemBundles.Pair> bundles() {
        try {
            var loader = ProblemTexts.class.getClassLoader();
            return Collections.list(loader.getResources(FRENCH_FILE)).stream()
                    .map(french -> new ProblemBundles.Pair(french.toString(), read(french), read(englishBeside(french))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL englishBeside(URL french) {
        try {
            // resolved against the French file's URL, so that it works the same in a directory, a jar or a nested jar
            return new URL(french, ENGLISH_FILE);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> read(URL file) {
        var properties = new Properties();
        try (Reader reader = new InputStreamReader(file.openStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Problem texts cannot be read from " + file, e);
        }
        var texts = new HashMap<String, String>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    /** Loads the texts now, at start-up, rather than on the first request's event-loop thread. */
    static void load() {
        // class initialisation has read and checked every bundle
    }

    /**
     * The language of the caller: the first of French or English in {@code Accept-Language}, else the
     * {@code lang} of their token, else French.
     */
    public static Mono<Locale> language(ServerWebExchange exchange) {
        for (Locale.LanguageRange range : exchange.getRequest().getHeaders().getAcceptLanguage()) {
            if (range.getRange().startsWith("en")) {
                return Mono.just(Locale.ENGLISH);
            }
            if (range.getRange().startsWith("fr")) {
                return Mono.just(Locale.FRENCH);
            }
        }
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(token -> "en".equals(((JwtAuthenticationToken) token).getToken().getClaimAsString("lang"))
                        ? Locale.ENGLISH : Locale.FRENCH)
                .defaultIfEmpty(Locale.FRENCH);
    }

    /** The text of {@code key} in {@code locale}, its {@code {0}}… filled with the arguments. */
    public static String text(Locale locale, String key, Object... arguments) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        String pattern = BUNDLES.text(english, key);
        if (pattern == null) {
            throw new MissingResourceException("No problem text " + key, ProblemTexts.class.getName(), key);
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** Where the texts were read from: the platform's file and each service's. */
    public static List<String> files() {
        return PAIRS.stream().map(ProblemBundles.Pair::name).toList();
    }

    public static boolean has(String key) {
        return BUNDLES.text(false, key) != null;
    }

    /** Gives the problem the title of its status in the caller's language, when one is known. */
    public static ProblemDetail localizeTitle(ProblemDetail problem, Locale locale) {
        if (has("status." + problem.getStatus())) {
            problem.setTitle(text(locale, "status." + problem.getStatus()));
        }
        return problem;
    }

    private ProblemTexts() {
    }
}
