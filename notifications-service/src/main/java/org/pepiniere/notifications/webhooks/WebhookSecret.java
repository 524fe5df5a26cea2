package org.pepiniere.notifications.webhooks;

import java.util.Base64;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** The key an endpoint's deliveries are signed with, written {@code whsec_<base64>} as Standard Webhooks does. */
public record WebhookSecret(String value) {

    public static final String PREFIX = "whsec_";
    public static final int MIN_BYTES = 24;
    public static final int MAX_BYTES = 64;
    private static final int GENERATED_BYTES = 32;

    public WebhookSecret {
        problem(value).ifPresent(refusal -> {
            throw new IllegalArgumentException("Invalid webhook secret: " + refusal.reason());
        });
    }

    /** What is wrong with a secret someone gave, if anything. */
    public static Optional<Refusal> problem(String value) {
        if (!value.startsWith(PREFIX)) {
            return Optional.of(Refusal.of(Refusal.Reason.SECRET_WITHOUT_PREFIX, PREFIX));
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.of(Refusal.of(Refusal.Reason.SECRET_NOT_BASE64, PREFIX));
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            return Optional.of(Refusal.of(Refusal.Reason.SECRET_WRONG_SIZE, MIN_BYTES, MAX_BYTES, key.length));
        }
        return Optional.empty();
    }

    public static WebhookSecret generate(RandomGenerator random) {
        byte[] key = new byte[GENERATED_BYTES];
        random.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    public byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return "WebhookSecret[hidden]";
    }
}
