package org.pepiniere.notifications.webhooks;

import java.time.Instant;
import java.util.Map;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;

/** Signs a delivery as the Standard Webhooks specification says, with its reference library. */
public final class WebhookSigner {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";

    public static Map<String, String> headers(String messageId, Instant at, String payload, WebhookSecret secret) {
        long timestamp = at.getEpochSecond();
        try {
            String signature = new Webhook(secret.key()).sign(messageId, timestamp, payload);
            return Map.of(ID, messageId, TIMESTAMP, Long.toString(timestamp), SIGNATURE, signature);
        } catch (WebhookSigningException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private WebhookSigner() {
    }
}
