package org.pepiniere.notifications.feed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pepiniere.notifications.NotificationsTestBase;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class FeedApiIntegrationTest extends NotificationsTestBase {

    @Test
    void refusesAReaderWithoutAToken() {
        web.get().uri("/api/notifications").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "many"})
    void refusesAPageSizeOutOfBounds(String limit) {
        web.get().uri("/api/notifications?limit={limit}", limit)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + founder("fr").token())
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void showsAnEmptyFeedToANewcomer() {
        web.get().uri("/api/notifications")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + founder("fr").token())
                .exchange()
                .expectStatus().isOk()
                .expectBody().json("[]");
    }
}
