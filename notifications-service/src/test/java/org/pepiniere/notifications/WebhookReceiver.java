package org.pepiniere.notifications;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A partner bank's endpoint on 127.0.0.1 that records what it receives and answers as told. */
public final class WebhookReceiver implements AutoCloseable {

    /** One received request: lower-case header names to their values, and the body as sent. */
    public record Received(Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.get(name).get(0);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> statuses = new ArrayDeque<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean neverAnswers;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() throws IOException {
        return start(false);
    }

    /** A dead endpoint: it takes each request and never answers, until it is closed. */
    public static WebhookReceiver startNeverAnswering() throws IOException {
        return start(true);
    }

    private static WebhookReceiver start(boolean neverAnswers) throws IOException {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        var receiver = new WebhookReceiver(server);
        receiver.neverAnswers = neverAnswers;
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/webhooks", receiver::handle);
        server.start();
        return receiver;
    }

    /** The next answers, in order; once they are used up it answers 204. */
    public synchronized WebhookReceiver answering(Integer... statuses) {
        this.statuses.addAll(List.of(statuses));
        return this;
    }

    /** The URL under the allow-listed test name of 127.0.0.1. */
    public String url() {
        return "http://" + TestNames.RECEIVER + ":" + server.getAddress().getPort() + "/webhooks";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        var headers = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
        received.add(new Received(headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        if (neverAnswers) {
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        int status;
        synchronized (this) {
            status = statuses.isEmpty() ? 204 : statuses.poll();
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
