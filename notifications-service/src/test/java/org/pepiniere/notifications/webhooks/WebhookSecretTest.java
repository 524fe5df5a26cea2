package org.pepiniere.notifications.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class WebhookSecretTest {

    @Test
    void generatesA32ByteSecretInTheStandardFormat() {
        var secret = WebhookSecret.generate(new SecureRandom());

        assertThat(secret.value()).startsWith("whsec_");
        assertThat(secret.key()).hasSize(32);
    }

    @Test
    void acceptsAGivenSecretOf24BytesOrMore() {
        String value = "whsec_" + Base64.getEncoder().encodeToString(new byte[24]);

        assertThat(WebhookSecret.problem(value)).isEmpty();
    }

    @Test
    void refusesASecretWithoutThePrefix() {
        assertThat(WebhookSecret.problem(Base64.getEncoder().encodeToString(new byte[32])))
                .contains(Refusal.of(Refusal.Reason.SECRET_WITHOUT_PREFIX, "whsec_"));
    }

    @Test
    void refusesASecretThatIsNotBase64() {
        assertThat(WebhookSecret.problem("whsec_not*base64!")).contains(Refusal.of(Refusal.Reason.SECRET_NOT_BASE64, "whsec_"));
    }

    @Test
    void refusesASecretShorterThan24Bytes() {
        assertThat(WebhookSecret.problem("whsec_" + Base64.getEncoder().encodeToString(new byte[16])))
                .contains(Refusal.of(Refusal.Reason.SECRET_WRONG_SIZE, 24, 64, 16));
    }

    @Test
    void neverPrintsTheSecret() {
        var secret = WebhookSecret.generate(new SecureRandom());

        assertThat(secret.toString()).doesNotContain(secret.value().substring(6));
    }
}
