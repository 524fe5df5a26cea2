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
        problem(value).ifPresent(problem -> {
            throw new IllegalArgumentException("Invalid webhook secret: " + problem);
        });
    }

    /** What is wrong with a secret someone gave, if anything. */
    public static Optional<String> problem(String value) {
        if (!value.startsWith(PREFIX)) {
            return Optional.of("the secret must start with " + PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.of("after " + PREFIX + " the secret must be base64");
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            return Optional.of("the secret must hold " + MIN_BYTES + " to " + MAX_BYTES + " bytes, it holds " + key.length);
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
