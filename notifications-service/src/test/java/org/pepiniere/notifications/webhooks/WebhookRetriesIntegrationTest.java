package org.pepiniere.notifications.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.embedded.test.TestUser;
import org.pepiniere.notifications.NotificationsTestBase;
import org.pepiniere.notifications.WebhookReceiver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;

class WebhookRetriesIntegrationTest extends NotificationsTestBase {

    @Autowired
    Endpoints endpoints;

    @Autowired
    Deliveries deliveries;

    @Test
    void retriesAFailingReceiverUntilItAcceptsAndLogsEveryAttempt() throws Exception {
        try (var receiver = WebhookReceiver.start().answering(500, 503)) {
            var bank = bank("credit-agricole-demo");
            String endpointId = registerEndpoint(bank, receiver.url());
            var founder = founder("fr");

            publishApplication(applicationSubmitted(founder, "app-retried", "Persévérante"));

            var delivery = await().atMost(Duration.ofSeconds(30))
                    .until(() -> deliveriesOf(bank, endpointId), log -> log.size() == 1 && "SUCCEEDED".equals(log.get(0).get("status")))
                    .get(0);
            @SuppressWarnings("unchecked")
            var attempts = (List<Map<String, Object>>) delivery.get("attempts");
            assertThat(attempts).extracting(attempt -> attempt.get("httpStatus")).containsExactly(500, 503, 204);
            assertThat(attempts).allSatisfy(attempt -> assertThat(attempt.get("at")).isInstanceOf(String.class));
            assertThat(delivery.get("nextAttemptAt")).isNull();
            assertThat(receiver.received()).hasSize(3)
                    .extracting(request -> request.header("webhook-id")).containsOnly((String) delivery.get("id"));
        }
    }

    @Test
    void resumesADeliveryThatAStoppedProcessLeftPending() throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            var bank = bank("credit-agricole-demo");
            String endpointId = registerEndpoint(bank, receiver.url());
            var endpoint = endpoints.find(endpointId).block();
            var event = new WebhookEvent(UUID.randomUUID().toString(), EventTypes.APPLICATION_SUBMITTED, incubatorId,
                    Instant.now(), Map.of("startupRef", "st_left-behind"));
            var leftBehind = Delivery.of(event, endpoint, "{\"type\":\"left-behind\"}", Instant.now().minusSeconds(120));

            deliveries.add(leftBehind).block();

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);
            assertThat(receiver.received().get(0).header("webhook-id")).isEqualTo(leftBehind.id());
            assertThat(receiver.received().get(0).body()).isEqualTo("{\"type\":\"left-behind\"}");
        }
    }

    @Test
    void hidesABanksDeliveriesFromAnotherBank() throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            String endpointId = registerEndpoint(bank("credit-agricole-demo"), receiver.url());

            web.get().uri("/api/webhooks/endpoints/{id}/deliveries", endpointId)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + bank("other-bank").token())
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType("application/problem+json");
        }
    }

    private List<Map<String, Object>> deliveriesOf(TestUser bank, String endpointId) {
        return web.get().uri("/api/webhooks/endpoints/{id}/deliveries", endpointId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bank.token())
                .exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .returnResult().getResponseBody();
    }
}
