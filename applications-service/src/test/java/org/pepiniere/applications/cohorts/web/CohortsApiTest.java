package org.pepiniere.applications.cohorts.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.TestIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class CohortsApiTest {

    @Autowired
    WebTestClient web;

    final String incubator = "cohorts-" + UUID.randomUUID();
    final String staff = TestIdentity.token(UUID.randomUUID().toString(), incubator, Role.STAFF);

    CohortsClient client() {
        return new CohortsClient(web);
    }

    @Test
    void plansACohortAndReadsItWithItsVersionAndNoStartupYet() {
        String id = client().plan(staff, CohortsClient.FUTURE);

        client().send(HttpMethod.GET, "/api/cohorts/" + id, staff, null, null).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"0\"")
                .expectBody()
                .jsonPath("$.name.fr").isEqualTo("Hiver 2099")
                .jsonPath("$.programme.kind").isEqualTo("ACCELERATION")
                .jsonPath("$.programme.track").isEqualTo("Village by CA")
                .jsonPath("$.startsOn").isEqualTo("2099-01-11")
                .jsonPath("$.endsOn").isEqualTo("2099-07-09")
                .jsonPath("$.capacity").isEqualTo(12)
                .jsonPath("$.seatsTaken").isEqualTo(0)
                .jsonPath("$.seatsFree").isEqualTo(12)
                .jsonPath("$.editable").isEqualTo(true)
                .jsonPath("$.startups.length()").isEqualTo(0);
    }

    @Test
    void listsTheIncubatorsCohorts() {
        String future = client().plan(staff, CohortsClient.FUTURE);
        String started = client().plan(staff, CohortsClient.STARTED);

        client().send(HttpMethod.GET, "/api/cohorts", staff, null, null).expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].id").isEqualTo(future)
                .jsonPath("$[1].id").isEqualTo(started)
                .jsonPath("$[1].editable").isEqualTo(false)
                .jsonPath("$[1].seatsTaken").isEqualTo(0)
                .jsonPath("$[1].seatsFree").isEmpty();
    }

    @Test
    void editsACohortNotStartedAtTheVersionRead() {
        String id = client().plan(staff, CohortsClient.FUTURE);

        client().send(HttpMethod.PUT, "/api/cohorts/" + id, staff, CohortsClient.FUTURE.replace("\"capacity\": 12", "\"capacity\": 20"),
                "\"0\"").expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.capacity").isEqualTo(20);
    }

    @Test
    void refusesAnEditFromAStaleVersion() {
        String id = client().plan(staff, CohortsClient.FUTURE);
        client().send(HttpMethod.PUT, "/api/cohorts/" + id, staff, CohortsClient.FUTURE, "\"0\"").expectStatus().isOk();

        client().send(HttpMethod.PUT, "/api/cohorts/" + id, staff, CohortsClient.FUTURE.replace("12", "30"), "\"0\"")
                .expectStatus().isEqualTo(412)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/changed-meanwhile");
        client().send(HttpMethod.GET, "/api/cohorts/" + id, staff, null, null).expectBody().jsonPath("$.capacity").isEqualTo(12);
    }

    @Test
    void refusesAnEditWithoutTheVersion() {
        String id = client().plan(staff, CohortsClient.FUTURE);

        client().send(HttpMethod.PUT, "/api/cohorts/" + id, staff, CohortsClient.FUTURE, null).expectStatus().isEqualTo(428);
    }

    @Test
    void refusesToEditACohortThatHasStarted() {
        String id = client().plan(staff, CohortsClient.STARTED);

        client().send(HttpMethod.PUT, "/api/cohorts/" + id, staff, CohortsClient.STARTED.replace("2099-09-30", "2099-10-30"), "\"0\"")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/cohort-started");
        client().send(HttpMethod.GET, "/api/cohorts/" + id, staff, null, null).expectBody().jsonPath("$.endsOn").isEqualTo("2099-09-30");
    }
}
