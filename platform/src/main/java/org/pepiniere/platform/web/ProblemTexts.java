package org.pepiniere.platform.web;

import java.util.List;
import java.util.Locale;

import org.pepiniere.platform.text.Texts;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Every problem text of a service in French (the default) and English, and the one rule that picks the
 * caller's language. The texts come from each {@value #FILES} pair on the class path (see {@link Texts}):
 * the platform's own, and one per service whose keys start with the service's name. A key present in one
 * language only, or defined by two files, stops the service at start-up.
 */
public final class ProblemTexts {

    static final String FILES = "pepiniere-problems";

    // Read once, here, so that no request thread ever reads a resource file.
    private static final Texts TEXTS = Texts.read(FILES);

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
        return TEXTS.text(locale, key, arguments);
    }

    /** Where the texts were read from: the platform's file and each service's. */
    public static List<String> files() {
        return TEXTS.files();
    }

    public static boolean has(String key) {
        return TEXTS.has(key);
    }

    /**
     * Writes the detail of an error response's problem in the caller's language, when its detail code
     * ({@link ErrorResponse#getDetailMessageCode()}) is a problem text: a {@link Problems#refused} key,
     * or Spring's {@code problemDetail.<exception class>} for the exceptions the platform words itself.
     */
    public static ProblemDetail localizeDetail(ProblemDetail problem, ErrorResponse response, Locale locale) {
        String code = response.getDetailMessageCode();
        if (code != null && has(code)) {
            Object[] arguments = response.getDetailMessageArguments();
            problem.setDetail(text(locale, code, arguments == null ? new Object[0] : arguments));
        }
        return problem;
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
