package org.pepiniere.notifications.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

class WebhookSignerTest {

    private final WebhookSecret secret = WebhookSecret.generate(new SecureRandom());
    private final String payload = "{\"type\":\"org.pepiniere.application.submitted.v1\",\"data\":{}}";

    @Test
    void signsSoThatTheReferenceLibraryVerifies() throws Exception {
        var headers = WebhookSigner.headers("msg_1", Instant.now(), payload, secret);

        new Webhook(secret.value()).verify(payload, asLists(headers));

        assertThat(headers.get(WebhookSigner.SIGNATURE)).startsWith("v1,");
        assertThat(headers.get(WebhookSigner.ID)).isEqualTo("msg_1");
    }

    @Test
    void producesASignatureThatFailsForAnotherPayload() {
        var headers = WebhookSigner.headers("msg_1", Instant.now(), payload, secret);

        assertThatThrownBy(() -> new Webhook(secret.value()).verify(payload + " ", asLists(headers)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void writesTheTimestampInSeconds() {
        var headers = WebhookSigner.headers("msg_1", Instant.parse("2026-11-25T10:00:00Z"), payload, secret);

        assertThat(headers.get(WebhookSigner.TIMESTAMP)).isEqualTo("1795600800");
    }

    private static Map<String, List<String>> asLists(Map<String, String> headers) {
        return headers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue())));
    }
}
