package org.pepiniere.applications.decisions.web;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A cohort's answers show the seats its admitted start-ups hold and the seats left. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class ShowingCohortSeatsTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void showsTheSeatAnAdmissionTookInTheCohortAndInTheList() {
        var call = new DecisionScenario(web, mongo);

        call.admit(call.reviewed("Admise", 9).id(), call.cohortId).expectStatus().isCreated();

        call.get("/api/cohorts/" + call.cohortId, call.staff).expectStatus().isOk().expectBody()
                .jsonPath("$.capacity").isEqualTo(2)
                .jsonPath("$.seatsTaken").isEqualTo(1)
                .jsonPath("$.seatsFree").isEqualTo(1);
        call.get("/api/cohorts", call.staff).expectStatus().isOk().expectBody()
                .jsonPath("$[0].id").isEqualTo(call.cohortId)
                .jsonPath("$[0].seatsTaken").isEqualTo(1)
                .jsonPath("$[0].seatsFree").isEqualTo(1);
    }

    @Test
    void showsTheSeatFreeAgainOnceTheAdmittedStartupWithdraws() {
        var call = new DecisionScenario(web, mongo);
        var admitted = call.reviewed("Partante", 9);
        call.admit(admitted.id(), call.cohortId).expectStatus().isCreated();

        call.withdraw(admitted);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> call.get("/api/cohorts/" + call.cohortId, call.staff)
                .expectBody().jsonPath("$.seatsTaken").isEqualTo(0).jsonPath("$.seatsFree").isEqualTo(2));
    }
}
