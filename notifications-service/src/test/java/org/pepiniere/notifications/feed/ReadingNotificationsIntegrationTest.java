package org.pepiniere.notifications.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.TestUser;
import org.pepiniere.notifications.NotificationsTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The unread count and marking read, each reader seeing and changing only their own notifications. */
class ReadingNotificationsIntegrationTest extends NotificationsTestBase {

    @Autowired
    Feed feed;

    @ParameterizedTest
    @EnumSource(Role.class)
    void countsOnlyTheReadersUnreadNotifications(Role role) {
        var reader = user(role, incubatorId);
        notify(reader, 3);
        notify(user(role, incubatorId), 2);

        unreadCountOf(reader).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void marksOneNotificationReadAndCountsOneLess(Role role) {
        var reader = user(role, incubatorId);
        var ids = notify(reader, 2);

        markRead(reader, ids.get(0)).expectStatus().isNoContent();

        unreadCountOf(reader).isEqualTo(1);
        assertThat(feedOf(reader)).filteredOn(entry -> entry.get("id").equals(ids.get(0)))
                .singleElement().satisfies(entry -> assertThat(entry.get("read")).isEqualTo(true));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void marksEveryNotificationOfTheReaderRead(Role role) {
        var reader = user(role, incubatorId);
        var neighbour = user(role, incubatorId);
        notify(reader, 3);
        notify(neighbour, 2);

        web.post().uri("/api/notifications/read").header(HttpHeaders.AUTHORIZATION, "Bearer " + reader.token()).exchange()
                .expectStatus().isNoContent();

        unreadCountOf(reader).isEqualTo(0);
        unreadCountOf(neighbour).isEqualTo(2);
        assertThat(feedOf(reader)).allSatisfy(entry -> assertThat(entry.get("read")).isEqualTo(true));
    }

    @Test
    void marksANotificationReadTwiceWithTheSameAnswer() {
        var reader = user(Role.FOUNDER, incubatorId);
        var id = notify(reader, 1).get(0);
        markRead(reader, id).expectStatus().isNoContent();

        markRead(reader, id).expectStatus().isNoContent();

        unreadCountOf(reader).isEqualTo(0);
    }

    @Test
    void marksAllReadWhenNothingIsUnread() {
        var reader = user(Role.FOUNDER, incubatorId);

        web.post().uri("/api/notifications/read").header(HttpHeaders.AUTHORIZATION, "Bearer " + reader.token()).exchange()
                .expectStatus().isNoContent();

        unreadCountOf(reader).isEqualTo(0);
    }

    @Test
    void doesNotLetAnotherUserMarkANotificationRead() {
        var owner = user(Role.FOUNDER, incubatorId);
        var id = notify(owner, 1).get(0);
        var other = user(Role.STAFF, incubatorId);

        markRead(other, id).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/not-found")
                .jsonPath("$.detail").isEqualTo("Vous n'avez aucune notification d'identifiant " + id + ".");

        unreadCountOf(owner).isEqualTo(1);
    }

    @Test
    void saysInEnglishThatTheNotificationIsUnknown() {
        var reader = user(Role.FOUNDER, incubatorId);

        web.post().uri("/api/notifications/{id}/read", "missing-1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + reader.token()).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("You have no notification with the id missing-1.");
    }

    @Test
    void keepsTheSameUserIdInAnotherIncubatorApart() {
        var owner = user(Role.FOUNDER, incubatorId);
        var id = notify(owner, 1).get(0);
        var sameIdElsewhere = new TestUser(owner.userId(), "incubator-" + UUID.randomUUID(), owner.roles(), null, owner.email(),
                owner.name(), owner.lang());

        unreadCountOf(sameIdElsewhere).isEqualTo(0);
        markRead(sameIdElsewhere, id).expectStatus().isNotFound();
        web.post().uri("/api/notifications/read").header(HttpHeaders.AUTHORIZATION, "Bearer " + sameIdElsewhere.token()).exchange()
                .expectStatus().isNoContent();

        unreadCountOf(owner).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"$where", "a.b", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "a b"})
    void refusesAMalformedNotificationId(String id) {
        var reader = user(Role.FOUNDER, incubatorId);
        notify(reader, 1);

        markRead(reader, id).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("id");

        unreadCountOf(reader).isEqualTo(1);
    }

    @Test
    void refusesEveryCallWithoutAToken() {
        web.get().uri("/api/notifications/unread-count").exchange().expectStatus().isUnauthorized();
        web.post().uri("/api/notifications/read").exchange().expectStatus().isUnauthorized();
        web.post().uri("/api/notifications/{id}/read", "any").exchange().expectStatus().isUnauthorized();
    }

    private TestUser user(Role role, String incubator) {
        String id = UUID.randomUUID().toString();
        return new TestUser(id, incubator, java.util.Set.of(role), role == Role.BANK ? "bank-org" : null, id + "@pepiniere.test",
                "Camille Martin", "fr");
    }

    private List<String> notify(TestUser reader, int count) {
        var ids = new java.util.ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var notification = Notification.of(UUID.randomUUID().toString(), reader.incubatorId(), reader.userId(),
                    NotificationKind.APPLICATION_RECEIVED, Map.of(NotificationKind.STARTUP_NAME, "Start-up " + i), Instant.now());
            feed.add(notification).block();
            ids.add(notification.id());
        }
        return ids;
    }

    private org.springframework.test.web.reactive.server.JsonPathAssertions unreadCountOf(TestUser reader) {
        return web.get().uri("/api/notifications/unread-count").header(HttpHeaders.AUTHORIZATION, "Bearer " + reader.token())
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.unread");
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec markRead(TestUser reader, String id) {
        return web.post().uri("/api/notifications/{id}/read", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + reader.token())
                .exchange();
    }

    private List<Map<String, Object>> feedOf(TestUser reader) {
        return web.get().uri("/api/notifications").header(HttpHeaders.AUTHORIZATION, "Bearer " + reader.token()).exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { }).returnResult().getResponseBody();
    }
}
