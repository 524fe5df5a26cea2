package org.pepiniere.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

/** Answers of the demo receiver: JSON, and problem+json in the caller's language (French by default). */
final class HttpReplies {

    private HttpReplies() {
    }

    static void problem(HttpExchange exchange, int status, String slug, String titleKey, String detailKey) throws IOException {
        Locale locale = requestLocale(exchange);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://pepiniere.org/problems/" + slug);
        problem.put("title", Messages.get(locale, titleKey));
        problem.put("status", status);
        problem.put("detail", Messages.get(locale, detailKey));
        send(exchange, status, "application/problem+json", Json.write(problem));
    }

    private static Locale requestLocale(HttpExchange exchange) {
        String accept = exchange.getRequestHeaders().getFirst("Accept-Language");
        return accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.FRENCH;
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType + ";charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
