package org.pepiniere.notifications.people;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.embedded.test.TestEvents;
import org.pepiniere.notifications.NotificationsTestBase;
import org.springframework.beans.factory.annotation.Autowired;

class IdentityEventsIntegrationTest extends NotificationsTestBase {

    @Autowired
    People people;

    @Test
    void projectsARegisteredUser() {
        var founder = founder("en");

        publishIdentity(userRegistered(founder));

        await().atMost(Duration.ofSeconds(30)).until(() -> people.find(incubatorId, founder.userId()).blockOptional()
                .filter(person -> person.language() == Language.EN && person.email().equals(founder.email())).isPresent());
    }

    @Test
    void projectsAUserRegisteredEventThatGrewAFieldItDoesNotKnow() {
        String userId = UUID.randomUUID().toString();
        Map<String, Object> data = Map.of("eventId", UUID.randomUUID().toString(), "userId", userId, "occurredAt", Instant.now().toString(),
                "incubatorId", incubatorId, "email", "grown@pepiniere.test", "displayName", "Grown", "language", "fr",
                "roles", List.of("FOUNDER"), "phone", "+33 4 66 00 00 00");

        publishIdentity(TestEvents.event(EventTypes.USER_REGISTERED, userId, incubatorId, data));

        await().atMost(Duration.ofSeconds(30)).until(() -> people.find(incubatorId, userId).blockOptional().isPresent());
    }
}
