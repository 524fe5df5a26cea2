package org.pepiniere.notifications.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pepiniere.contracts.EventTypes;

class EndpointRulesTest {

    private static final EndpointOwner BANK = new EndpointOwner("imt-mines-ales-enscm", "credit-agricole-demo");

    @Test
    void acceptsAnHttpsEndpointSubscribedToAKnownType() {
        assertThat(EndpointRules.check(command("https://bank.example/hooks", List.of(EventTypes.APPLICATION_SUBMITTED), null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://bank.example/hooks", "/relative/hook", "https://", "https://user:pw@bank.example/hook",
        "https://bank.example/hook#part", "not a url", "javascript:alert(1)", "file:///etc/passwd"})
    void refusesUrlsThatAreNotPlainHttpTargets(String url) {
        assertThat(EndpointRules.check(command(url, List.of(EventTypes.APPLICATION_SUBMITTED), null)))
                .get().extracting(Refusal::slug).isEqualTo("invalid-webhook-url");
    }

    @Test
    void refusesAnOverlongUrl() {
        String url = "https://bank.example/" + "a".repeat(EndpointRules.MAX_URL_LENGTH);

        assertThat(EndpointRules.check(command(url, List.of(EventTypes.APPLICATION_SUBMITTED), null)))
                .get().extracting(Refusal::slug).isEqualTo("invalid-webhook-url");
    }

    @Test
    void namesTheUnknownEventTypeAndTheKnownOnes() {
        assertThat(EndpointRules.check(command("https://bank.example/h", List.of("org.pepiniere.nothing.v1"), null)))
                .contains(Refusal.of(Refusal.Reason.UNKNOWN_EVENT_TYPE, "org.pepiniere.nothing.v1", String.join(", ", EventTypes.WEBHOOKS)));
    }

    @Test
    void refusesAnEventThatNeverBecomesAWebhook() {
        // a juror's assignment is a real event of the catalogue, but it stays inside the platform
        assertThat(EndpointRules.check(command("https://bank.example/h", List.of(EventTypes.JURORS_ASSIGNED), null)))
                .contains(Refusal.of(Refusal.Reason.UNKNOWN_EVENT_TYPE, EventTypes.JURORS_ASSIGNED, String.join(", ", EventTypes.WEBHOOKS)));
        assertThat(EndpointRules.check(command("https://bank.example/h", EventTypes.WEBHOOKS, null))).isEmpty();
    }

    @Test
    void tellsWhichRuleAUrlBreaks() {
        assertThat(EndpointRules.checkUrl("https://user:pw@bank.example/hook")).get()
                .extracting(Refusal::reason).isEqualTo(Refusal.Reason.URL_WITH_USER_INFO);
        assertThat(EndpointRules.checkUrl("https://bank.example/hook#part")).get()
                .extracting(Refusal::reason).isEqualTo(Refusal.Reason.URL_WITH_FRAGMENT);
        assertThat(EndpointRules.checkUrl("https://bank.example/" + "a".repeat(EndpointRules.MAX_URL_LENGTH)))
                .contains(Refusal.of(Refusal.Reason.URL_TOO_LONG, EndpointRules.MAX_URL_LENGTH));
    }

    @Test
    void refusesAnUnknownEventType() {
        assertThat(EndpointRules.check(command("https://bank.example/h", List.of("org.pepiniere.nothing.v1"), null)))
                .get().extracting(Refusal::slug).isEqualTo("unknown-event-type");
    }

    @Test
    void refusesNoEventTypeAndRepeatedOnes() {
        assertThat(EndpointRules.check(command("https://bank.example/h", List.of(), null)))
                .get().extracting(Refusal::slug).isEqualTo("invalid-event-types");
        assertThat(EndpointRules.check(command("https://bank.example/h",
                List.of(EventTypes.APPLICATION_SUBMITTED, EventTypes.APPLICATION_SUBMITTED), null)))
                .get().extracting(Refusal::slug).isEqualTo("invalid-event-types");
    }

    @Test
    void refusesASecretOfTheWrongFormat() {
        String shortSecret = "whsec_" + Base64.getEncoder().encodeToString(new byte[8]);

        assertThat(EndpointRules.check(command("https://bank.example/h", List.of(EventTypes.APPLICATION_SUBMITTED), shortSecret)))
                .get().extracting(Refusal::slug).isEqualTo("invalid-webhook-secret");
    }

    private static RegisterEndpoint command(String url, List<String> types, String secret) {
        return new RegisterEndpoint(BANK, url, types, null, secret);
    }
}
