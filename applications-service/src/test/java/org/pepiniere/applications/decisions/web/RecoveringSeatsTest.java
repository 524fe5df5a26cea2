package org.pepiniere.applications.decisions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.applications.decisions.TakingSeats;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What a crash between taking a seat and writing the decision leaves, and what a withdrawal frees: the seats of a
 * one-seat cohort, written here as a crashed admission would have left them.
 */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class RecoveringSeatsTest {

    private static final String SEATS = "applications.cohort_seats";

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    TakingSeats seats;

    @Test
    void keepsTheSeatForTheSameAdmissionTriedAgainAfterACrash() {
        var call = new DecisionScenario(web, mongo);
        String cohort = call.cohort(1);
        var crashed = call.reviewed("Reprise", 9);
        assertThat(seats.take(call.incubator, cohort, crashed.id(), 1).block()).isTrue();

        call.admit(crashed.id(), cohort).expectStatus().isCreated();

        assertThat(holders(cohort)).containsExactly(crashed.id());
        assertThat(taken(cohort)).isEqualTo(1);
    }

    @Test
    void freesASeatLeftWithoutAnAdmissionOnceItsGraceIsOver() {
        var call = new DecisionScenario(web, mongo);
        String cohort = call.cohort(1);
        var crashed = call.reviewed("Plantée", 9);
        leftBy(call, cohort, crashed.id(), Instant.now().minus(Duration.ofMinutes(6)));
        var next = call.reviewed("Suivante", 8);

        call.admit(next.id(), cohort).expectStatus().isCreated();

        assertThat(holders(cohort)).containsExactly(next.id());
        assertThat(taken(cohort)).isEqualTo(1);
    }

    @Test
    void keepsASeatWhoseAdmissionMayStillBeBeingWritten() {
        var call = new DecisionScenario(web, mongo);
        String cohort = call.cohort(1);
        var writing = call.reviewed("En cours", 9);
        leftBy(call, cohort, writing.id(), Instant.now());
        var next = call.reviewed("Suivante", 8);

        call.admit(next.id(), cohort).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/cohort-full")
                .jsonPath("$.detail").isEqualTo("cette cohorte est complète : elle accueille au plus 1 start-up");

        assertThat(holders(cohort)).containsExactly(writing.id());
        assertThat(decisionsOf(next.id())).isZero();
    }

    @Test
    void countsTheAdmissionsMadeBeforeTheCohortsSeatsWereKept() {
        var call = new DecisionScenario(web, mongo);
        String cohort = call.cohort(1);
        var earlier = call.reviewed("D'avant", 9);
        mongo.insert(new Document("_id", earlier.id()).append("incubatorId", call.incubator).append("callId", call.callId)
                .append("founderId", earlier.founderId()).append("startupReference", "su-earlier").append("sequence", 1)
                .append("decision", "ADMITTED").append("cohortId", cohort).append("reasonsFr", "Oui").append("reasonsEn", "Yes")
                .append("decidedBy", "staff").append("decidedAt", new Date()), "applications.decisions").block();
        var next = call.reviewed("Suivante", 8);

        call.admit(next.id(), cohort).expectStatus().isEqualTo(409);

        assertThat(holders(cohort)).containsExactly(earlier.id());
        assertThat(decisionsOf(next.id())).isZero();
    }

    @Test
    void freesTheSeatOfAnAdmittedStartupThatWithdraws() {
        var call = new DecisionScenario(web, mongo);
        String cohort = call.cohort(1);
        var admitted = call.reviewed("Partante", 9);
        call.admit(admitted.id(), cohort).expectStatus().isCreated();

        call.withdraw(admitted);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(holders(cohort)).isEmpty());
        assertThat(taken(cohort)).isZero();
    }

    private void leftBy(DecisionScenario call, String cohort, String applicationId, Instant takenAt) {
        mongo.insert(new Document("_id", cohort).append("incubatorId", call.incubator).append("taken", 1)
                .append("seats", List.of(new Document("applicationId", applicationId).append("takenAt", Date.from(takenAt)))),
                SEATS).block();
    }

    private List<String> holders(String cohort) {
        return mongo.findById(cohort, Document.class, SEATS).block().getList("seats", Document.class).stream()
                .map(seat -> seat.getString("applicationId")).toList();
    }

    private int taken(String cohort) {
        return mongo.findById(cohort, Document.class, SEATS).block().getInteger("taken");
    }

    private long decisionsOf(String applicationId) {
        return mongo.count(Query.query(Criteria.where("_id").is(applicationId)), "applications.decisions").block();
    }
}
