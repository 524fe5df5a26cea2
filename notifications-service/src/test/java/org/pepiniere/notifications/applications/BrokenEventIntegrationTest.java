package org.pepiniere.notifications.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.embedded.test.PublishedEvents;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.embedded.test.TestEvents;
import org.pepiniere.notifications.NotificationsTestBase;
import org.springframework.http.HttpHeaders;

class BrokenEventIntegrationTest extends NotificationsTestBase {

    @Test
    void deadLettersAnApplicationEventWithoutFounderAndNotifiesNobody() {
        var founder = founder("fr");
        publishIdentity(userRegistered(founder));
        var broken = TestEvents.event(EventTypes.APPLICATION_SUBMITTED, "app-broken", incubatorId,
                Map.of("applicationId", "app-broken", "incubatorId", incubatorId, "startupName", "Cassée", "occurredAt", "2026-11-25T10:00:00Z"));

        publishApplication(broken);

        await().atMost(Duration.ofSeconds(30)).until(() -> PublishedEvents.records(Topics.deadLetter("notifications-service")).stream()
                .anyMatch(record -> "app-broken".equals(record.key())));
        web.get().uri("/api/notifications")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + founder.token())
                .exchange()
                .expectStatus().isOk()
                .expectBody().json("[]");
        assertThat(SharedInfrastructure.get().smtp().receivedBy(founder.email())).isEmpty();
    }
}
