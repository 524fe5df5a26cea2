package org.pepiniere.mentoring.startups;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.TestIdentity;
import org.pepiniere.mentoring.MentoringIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@MentoringIntegrationTest
class StartupsAccessIntegrationTest {

    private final WebTestClient web;
    private final StartupsClient startups;

    private final String incubator = "incubator-" + UUID.randomUUID();
    private final String staff = TestIdentity.token("staff-1", incubator, Role.STAFF);

    @Autowired
    StartupsAccessIntegrationTest(WebTestClient web) {
        this.web = web;
        this.startups = new StartupsClient(web);
    }

    @Test
    void refusesAFounder() {
        var answer = startups.get(TestIdentity.token("founder-1", incubator, Role.FOUNDER), "");

        answer.expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/forbidden")
                .jsonPath("$.detail").isEqualTo("Seuls l'équipe de l'incubateur et les mentors voient les start-ups suivies en mentorat.");
    }

    @Test
    void asksForAToken() {
        web.get().uri(StartupsClient.PATH).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/unauthenticated");
    }

    @Test
    void refusesALimitBeyondTheMaximum() {
        var answer = startups.get(staff, "?limit=201");

        answer.expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("limit")
                .jsonPath("$.errors[0].reason").isEqualTo("doit valoir au plus 200");
    }

    @Test
    void refusesALimitThatIsNotANumber() {
        var answer = startups.get(staff, "?limit=lots");

        answer.expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
    }

    @Test
    void explainsARefusedLimitInEnglishToAnEnglishReader() {
        String english = TestIdentity.token("staff-3", incubator, null, "staff-3@pepiniere.test", "Staff", "en", Role.STAFF);

        var answer = startups.get(english, "?limit=0");

        answer.expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].reason").isEqualTo("must be at least 1");
    }

    @Test
    void describesItsApi() {
        web.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo("Pépinière — mentoring")
                .jsonPath("$.paths['" + StartupsClient.PATH + "'].get").exists();
    }
}
