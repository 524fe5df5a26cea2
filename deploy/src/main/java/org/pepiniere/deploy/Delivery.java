package org.pepiniere.deploy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A webhook the demo bank received and verified, kept as it arrived so that anyone can verify it again.
 *
 * @param type the {@code type} field of the payload
 * @param body the raw request body
 */
public record Delivery(String webhookId, String timestamp, String signature, String type, Instant receivedAt, String body) {

    /** The headers as the Standard Webhooks libraries expect them for verification. */
    public Map<String, List<String>> headers() {
        return Map.of("webhook-id", List.of(webhookId), "webhook-timestamp", List.of(timestamp),
                "webhook-signature", List.of(signature));
    }
}
