package org.pepiniere.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;

import com.standardwebhooks.Webhook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pepiniere.embedded.SmtpServer;

import static org.assertj.core.api.Assertions.assertThat;

class DemoBankReceiverTest {

    private static final String PAYLOAD = """
            {"type":"org.pepiniere.application.submitted.v1","timestamp":"2026-11-23T10:15:30Z","data":{"startupRef":"s-1"}}""";

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();
    private SmtpServer smtp;
    private DemoBankReceiver bank;

    @BeforeEach
    void start() {
        smtp = SmtpServer.start(0);
        bank = DemoBankReceiver.start(0, DemoBankSecret.loadOrCreate(dataDir), smtp);
    }

    @AfterEach
    void stop() {
        bank.close();
        smtp.close();
    }

    @Test
    void acceptsAWebhookSignedWithItsSecretAndListsIt() throws Exception {
        HttpResponse<String> response = post(PAYLOAD, "msg_1", signature(bank.secret(), "msg_1", PAYLOAD));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(bank.received()).singleElement().satisfies(delivery -> {
            assertThat(delivery.webhookId()).isEqualTo("msg_1");
            assertThat(delivery.type()).isEqualTo("org.pepiniere.application.submitted.v1");
            assertThat(delivery.body()).isEqualTo(PAYLOAD);
        });
        String listed = http.send(HttpRequest.newBuilder(URI.create(bank.baseUrl() + "/bank/received")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(listed).contains("\"webhookId\" : \"msg_1\"").contains("\"startupRef\" : \"s-1\"");
    }

    @Test
    void refusesAWebhookSignedWithAnotherSecretWithAFrenchProblemAndKeepsNothing() throws Exception {
        String otherSecret = DemoBankSecret.loadOrCreate(dataDir.resolve("other"));

        HttpResponse<String> response = post(PAYLOAD, "msg_2", signature(otherSecret, "msg_2", PAYLOAD));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("https://pepiniere.org/problems/invalid-webhook-signature").contains("Signature de webhook invalide");
        assertThat(bank.received()).isEmpty();
    }

    @Test
    void refusesAPayloadChangedAfterSigning() throws Exception {
        String signature = signature(bank.secret(), "msg_3", PAYLOAD);

        HttpResponse<String> response = post(PAYLOAD.replace("s-1", "s-2"), "msg_3", signature);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(bank.received()).isEmpty();
    }

    @Test
    void keepsItsSecretAcrossRestarts() {
        assertThat(DemoBankSecret.loadOrCreate(dataDir)).isEqualTo(bank.secret()).startsWith("whsec_");
    }

    private HttpResponse<String> post(String body, String id, String signature) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(bank.webhooksUrl()))
                .header("Content-Type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", String.valueOf(Instant.now().getEpochSecond()))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String signature(String secret, String id, String body) throws Exception {
        return new Webhook(secret).sign(id, Instant.now().getEpochSecond(), body);
    }
}
