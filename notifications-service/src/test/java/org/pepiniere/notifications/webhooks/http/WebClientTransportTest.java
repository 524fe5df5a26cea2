package org.pepiniere.notifications.webhooks.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepiniere.notifications.webhooks.HostResolver;
import org.pepiniere.notifications.webhooks.WebhookTargetPolicy;
import org.pepiniere.notifications.webhooks.WebhookTransport.Answer;
import org.springframework.web.reactive.function.client.WebClient;

import com.sun.net.httpserver.HttpServer;

class WebClientTransportTest {

    private static final Map<String, String> HEADERS = Map.of("webhook-id", "msg_1");

    private HttpServer receiver;
    private final AtomicInteger hits = new AtomicInteger();
    private int port;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/ok", exchange -> {
            hits.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.createContext("/redirect", exchange -> {
            hits.incrementAndGet();
            exchange.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        receiver.createContext("/silent", exchange -> hits.incrementAndGet());
        receiver.start();
        port = receiver.getAddress().getPort();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void refusesALoopbackLiteralWithoutConnecting() {
        var answer = transport(List.of()).post(url("127.0.0.1", "/ok"), HEADERS, "{}").block();

        assertThat(answer.status()).isNull();
        assertThat(answer.error()).isEqualTo("target refused: The host 127.0.0.1 leads to a loopback address; "
                + "webhooks may only target public addresses.");
        assertThat(hits).hasValue(0);
    }

    @Test
    void refusesAHostNameThatResolvesToLoopbackWhenConnecting() {
        HostResolver rebinding = host -> List.of(InetAddress.getLoopbackAddress());

        var answer = transport(List.of(), rebinding).post(url("bank.example", "/ok"), HEADERS, "{}").block();

        assertThat(answer.error()).startsWith("target refused: The host bank.example leads to a loopback address");
        assertThat(hits).hasValue(0);
    }

    @Test
    void deliversToAnAllowListedReceiver() {
        var answer = transport(List.of("127.0.0.1", "localhost")).post(url("localhost", "/ok"), HEADERS, "{}").block();

        assertThat(answer).isEqualTo(Answer.status(204));
    }

    @Test
    void doesNotFollowRedirects() {
        var answer = transport(List.of("127.0.0.1")).post(url("127.0.0.1", "/redirect"), HEADERS, "{}").block();

        assertThat(answer).isEqualTo(Answer.status(302));
        assertThat(hits).hasValue(1);
    }

    @Test
    void givesUpOnAReceiverThatNeverAnswers() {
        var answer = transport(List.of("127.0.0.1")).post(url("127.0.0.1", "/silent"), HEADERS, "{}").block();

        assertThat(answer.error()).isEqualTo("response timeout");
    }

    @Test
    void reportsARefusedConnection() {
        receiver.stop(0);

        var answer = transport(List.of("127.0.0.1")).post(url("127.0.0.1", "/ok"), HEADERS, "{}").block();

        assertThat(answer.error()).isEqualTo("connection refused");
    }

    private URI url(String host, String path) {
        return URI.create("http://" + host + ":" + port + path);
    }

    private WebClientTransport transport(List<String> allowed) {
        return transport(allowed, HostResolver.system());
    }

    private WebClientTransport transport(List<String> allowed, HostResolver resolver) {
        return new WebClientTransport(WebClient.builder(), new WebhookTargetPolicy(allowed), resolver,
                Duration.ofSeconds(2), Duration.ofMillis(500));
    }
}
