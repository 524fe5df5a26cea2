package org.pepiniere.notifications.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The opaque reference by which a bank knows a start-up whose founder gave no consent: stable (the
 * same application always gives the same reference, so later events line up), and not reversible
 * without the server's key (an HMAC-SHA256 of the application id).
 */
public final class StartupReferences {

    public static final int MIN_KEY_BYTES = 32;
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    public StartupReferences(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("The reference key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), HMAC);
    }

    public String of(String applicationId) {
        try {
            var mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] digest = mac.doFinal(applicationId.getBytes(StandardCharsets.UTF_8));
            return "st_" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
