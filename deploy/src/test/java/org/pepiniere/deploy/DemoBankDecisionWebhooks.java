package org.pepiniere.deploy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import org.pepiniere.contracts.EventTypes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

/**
 * The demo bank subscribed to decision webhooks on the stack, and the decisions its receiver got, each signature verified
 * with the bank's secret before its data is read. Another subscription of the demo bank doubles the deliveries, so the
 * flows count what arrived about a start-up, never the deliveries of the whole receiver.
 */
public record DemoBankDecisionWebhooks(DemoBankReceiver bank) {

    /** The partner bank the demo bank user belongs to, as the demo seed registers it. */
    public static final String BANK_ID = "credit-agricole-demo";

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Logs in as the demo bank user and subscribes the stack's demo bank receiver to {@code ApplicationDecided}. */
    public static DemoBankDecisionWebhooks subscribed(Stack stack, GatewayClient gateway, String description) {
        String token = gateway.login("banque@pepiniere.demo", Juror.DEMO_PASSWORD);
        GatewayClient.Answer endpoint = gateway.post("/api/webhooks/endpoints", token, Map.of(
                "url", stack.demoBank().webhooksUrl(),
                "eventTypes", List.of(EventTypes.APPLICATION_DECIDED),
                "description", description,
                "secret", stack.demoBank().secret()));
        assertThat(endpoint.status()).as(endpoint.body()).isEqualTo(201);
        return new DemoBankDecisionWebhooks(stack.demoBank());
    }

    /** The data of the verified decision webhooks about one start-up, once at least {@code count} arrived. */
    public List<JsonNode> awaitAbout(String startupReference, int count) {
        return await("decision webhooks about " + startupReference).atMost(EVENTUALLY)
                .until(() -> deliveriesAbout(startupReference).stream().map(this::verifiedData).toList(),
                        data -> data.size() >= count);
    }

    /** The data of the first verified decision webhook about one start-up. */
    public JsonNode awaitAbout(String startupReference) {
        return awaitAbout(startupReference, 1).get(0);
    }

    /** The sequences of the decisions that arrived about one start-up. */
    public Set<Integer> sequencesAbout(String startupReference) {
        return deliveriesAbout(startupReference).stream().map(delivery -> verifiedData(delivery).path("sequence").asInt())
                .collect(Collectors.toSet());
    }

    /** The decision webhooks received about any of these start-ups, as they arrived. */
    public List<Delivery> deliveriesAbout(String... startupReferences) {
        return bank.received().stream()
                .filter(delivery -> EventTypes.APPLICATION_DECIDED.equals(delivery.type()))
                .filter(delivery -> List.of(startupReferences).contains(verifiedData(delivery).path("startupReference").asText()))
                .toList();
    }

    private JsonNode verifiedData(Delivery delivery) {
        assertThatCode(() -> new Webhook(bank.secret()).verify(delivery.body(), delivery.headers())).doesNotThrowAnyException();
        try {
            return JSON.readTree(delivery.body()).path("data");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
