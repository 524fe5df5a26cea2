package org.pepiniere.platform.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The platform's own problem texts in French (the default) and English. Titles follow the status;
 * a service's own details stay as the service wrote them.
 */
public final class ProblemTexts {

    private static final String BUNDLE = "pepiniere-problems";

    // Loaded once, here, so that no request thread ever reads a resource file.
    private static final ResourceBundle FRENCH = bundle(Locale.FRENCH);
    private static final ResourceBundle ENGLISH = bundle(Locale.ENGLISH);

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(List.of("java.properties")));
    }

    /** Loads the texts now, at start-up, rather than on the first request's event-loop thread. */
    static void load() {
        // class initialisation has read both bundles
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

    public static String text(Locale locale, String key, Object... arguments) {
        var bundle = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : FRENCH;
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** Gives the problem the title of its status in the caller's language, when one is known. */
    public static ProblemDetail localizeTitle(ProblemDetail problem, Locale locale) {
        try {
            problem.setTitle(text(locale, "status." + problem.getStatus()));
        } catch (MissingResourceException unknownStatus) {
            // keep the title the producer gave
        }
        return problem;
    }

    private ProblemTexts() {
    }
}
