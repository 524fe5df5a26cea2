package org.pepiniere.notifications.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.applications.ApplicationSubmitted;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.embedded.test.TestUser;
import org.pepiniere.notifications.NotificationsTestBase;
import org.pepiniere.notifications.WebhookReceiver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;


/**
 * The listener stores no processed id for application events (their effects' ids derive from the event id): an event
 * redelivered after a restart runs the use case again, past the consumer's memory, and must add nothing.
 */
class RedeliveryAfterRestartIntegrationTest extends NotificationsTestBase {

    @Autowired
    AcknowledgingSubmissions submissions;

    @Test
    void addsNoEmailFeedEntryNorWebhookWhenASubmissionIsHandledAgain() throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            registerEndpoint(bank("redelivery-bank"), receiver.url());
            var founder = founder("fr");
            publishIdentity(userRegistered(founder));
            String eventId = UUID.randomUUID().toString();
            var submitted = new ApplicationSubmitted(eventId, "app-redelivered-" + incubatorId, Instant.now(), incubatorId, null,
                    founder.userId(), "Redite", "CHEMISTRY", "PROTOTYPE", 5_000_000L, "EUR");
            submissions.submitted(eventId, submitted).block();
            await().until(() -> SharedInfrastructure.get().smtp().receivedBy(founder.email()).size() == 1
                    && receiver.received().size() == 1);

            submissions.submitted(eventId, submitted).block();

            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() ->
                    SharedInfrastructure.get().smtp().receivedBy(founder.email()).size() == 1
                            && receiver.received().size() == 1 && feedOf(founder).size() == 1);
        }
    }

    private List<Map<String, Object>> feedOf(TestUser user) {
        return web.get().uri("/api/notifications")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + user.token())
                .exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .returnResult().getResponseBody();
    }
}
