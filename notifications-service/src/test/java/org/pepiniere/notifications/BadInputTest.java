package org.pepiniere.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.test.ApiProbe;

import org.pepiniere.platform.web.ProblemTexts;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every operation of the service's API, fed bad values: a 4xx problem for this path, never a 5xx. */

class BadInputTest extends NotificationsTestBase {

    @LocalServerPort
    int port;

    @Test
    void answersEveryBadValueWithAProblemAndNeverAServerError() {
        ApiProbe.at(port).walk("notifications-service").assertClean();
    }

    @Test
    void readsItsProblemTextsInFrenchAndEnglish() {
        assertThat(ProblemTexts.files()).anyMatch(file -> file.contains("notifications-service/"));
    }
}
