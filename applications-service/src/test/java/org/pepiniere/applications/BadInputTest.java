package org.pepiniere.applications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.test.ApiProbe;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.pepiniere.platform.web.ProblemTexts;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every operation of the service's API, fed bad values: a 4xx problem for this path, never a 5xx. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// the first requests of a cold service on a busy machine (the API document above all) may take longer than 5 s
@AutoConfigureWebTestClient(timeout = "PT30S")
class BadInputTest {

    @LocalServerPort
    int port;

    @Test
    void answersEveryBadValueWithAProblemAndNeverAServerError() {
        ApiProbe.at(port).walk("applications-service").assertClean();
    }

    @Test
    void readsItsProblemTextsInFrenchAndEnglish() {
        assertThat(ProblemTexts.files()).anyMatch(file -> file.contains("applications-service/"));
    }
}
