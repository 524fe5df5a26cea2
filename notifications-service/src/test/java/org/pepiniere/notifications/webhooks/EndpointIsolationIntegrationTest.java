package org.pepiniere.notifications.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.test.TestUser;
import org.pepiniere.notifications.NotificationsTestBase;
import org.pepiniere.notifications.WebhookReceiver;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;

/** Over real HTTP: a dead endpoint does not hold up another bank's, and a removed endpoint gets nothing more. */
class EndpointIsolationIntegrationTest extends NotificationsTestBase {

    private static final int SUBMISSIONS = 20;

    @Test
    void deliversToAHealthyEndpointPromptlyWhileAnotherNeverAnswers() throws Exception {
        try (var dead = WebhookReceiver.startNeverAnswering(); var healthy = WebhookReceiver.start()) {
            var deadBank = bank("dead-bank");
            String deadEndpoint = registerEndpoint(deadBank, dead.url());
            registerEndpoint(bank("healthy-bank"), healthy.url());
            var founder = founder("fr");

            for (int i = 0; i < SUBMISSIONS; i++) {
                publishApplication(applicationSubmitted(founder, "app-isolated-" + i, "Start-up " + i));
            }

            await().atMost(Duration.ofSeconds(10)).until(() -> healthy.received().size() == SUBMISSIONS);
            assertThat(deliveriesOf(deadBank, deadEndpoint)).extracting(delivery -> delivery.get("status")).containsOnly("PENDING");
        }
    }

    @Test
    void cancelsTheDeliveriesOfARemovedEndpointAndSendsItNothingMore() throws Exception {
        try (var failing = WebhookReceiver.start().answering(500, 500, 500, 500, 500, 500, 500, 500)) {
            var bank = bank("leaving-bank");
            String endpointId = registerEndpoint(bank, failing.url());
            var founder = founder("fr");
            publishApplication(applicationSubmitted(founder, "app-removed", "Abandonnée"));
            await().until(() -> !failing.received().isEmpty());

            web.delete().uri("/api/webhooks/endpoints/{id}", endpointId)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + bank.token())
                    .exchange()
                    .expectStatus().isNoContent();

            await().until(() -> deliveriesOf(bank, endpointId), log -> log.size() == 1 && "CANCELLED".equals(log.get(0).get("status")));
            int received = failing.received().size();
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> failing.received().size() == received);
            web.get().uri("/api/webhooks/endpoints")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + bank.token())
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody(List.class).isEqualTo(List.of());
        }
    }

    @Test
    void answersNotFoundForRemovingAnotherBanksEndpoint() throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            String endpointId = registerEndpoint(bank("owner-bank"), receiver.url());

            web.delete().uri("/api/webhooks/endpoints/{id}", endpointId)
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
