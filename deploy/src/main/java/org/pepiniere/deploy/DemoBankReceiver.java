package org.pepiniere.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import org.pepiniere.embedded.SmtpServer;

/**
 * Plays a partner bank on 127.0.0.1: {@code POST /bank/webhooks} verifies Standard Webhooks signatures
 * (204, or 401 problem+json), {@code GET /bank/received} lists the verified deliveries, and
 * {@code GET /mail} lists the emails the SMTP server received.
 */
public final class DemoBankReceiver implements AutoCloseable {

    public static final String WEBHOOKS_PATH = "/bank/webhooks";
    private static final int MAX_BODY = 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Webhook webhook;
    private final String secret;
    private final SmtpServer smtp;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    private DemoBankReceiver(HttpServer server, ExecutorService executor, String secret, SmtpServer smtp) {
        this.server = server;
        this.executor = executor;
        this.secret = secret;
        this.webhook = new Webhook(secret);
        this.smtp = smtp;
    }

    /** Listens on 127.0.0.1:{@code port} (0 = a free port) with the Standard Webhooks {@code secret} ("whsec_..."). */
    public static DemoBankReceiver start(int port, String secret, SmtpServer smtp) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "pepiniere-demo-bank");
                thread.setDaemon(true);
                return thread;
            });
            DemoBankReceiver receiver = new DemoBankReceiver(server, executor, secret, smtp);
            server.createContext(WEBHOOKS_PATH, receiver::webhook);
            server.createContext("/bank/received", exchange -> receiver.list(exchange, DemoBankViews.deliveries(receiver.received())));
            server.createContext("/mail", exchange -> receiver.list(exchange, DemoBankViews.mails(receiver.smtp.received())));
            server.setExecutor(executor);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("the demo bank cannot listen on port " + port, e);
        }
    }

    public String webhooksUrl() {
        return baseUrl() + WEBHOOKS_PATH;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String secret() {
        return secret;
    }

    /** Every verified delivery, oldest first. */
    public List<Delivery> received() {
        return List.copyOf(deliveries);
    }

    private void webhook(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "POST");
                HttpReplies.problem(exchange, 405, "method-not-allowed", "problem.method.title", "problem.method.detail");
                return;
            }
            byte[] raw = readLimited(exchange.getRequestBody());
            if (raw == null) {
                HttpReplies.problem(exchange, 413, "payload-too-large", "problem.too-large.title", "problem.too-large.detail");
                return;
            }
            String body = new String(raw, StandardCharsets.UTF_8);
            Map<String, List<String>> headers = lowerCased(exchange);
            try {
                webhook.verify(body, headers);
            } catch (WebhookVerificationException e) {
                HttpReplies.problem(exchange, 401, "invalid-webhook-signature", "problem.signature.title", "problem.signature.detail");
                return;
            }
            deliveries.add(new Delivery(first(headers, "webhook-id"), first(headers, "webhook-timestamp"),
                    first(headers, "webhook-signature"), Json.tree(body).path("type").asText(""), Instant.now(), body));
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private void list(HttpExchange exchange, Object json) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "GET");
                HttpReplies.problem(exchange, 405, "method-not-allowed", "problem.method.title", "problem.method.detail");
                return;
            }
            HttpReplies.send(exchange, 200, "application/json", Json.write(json));
        }
    }

    private static byte @Nullable [] readLimited(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }

    private static Map<String, List<String>> lowerCased(HttpExchange exchange) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        return headers;
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
