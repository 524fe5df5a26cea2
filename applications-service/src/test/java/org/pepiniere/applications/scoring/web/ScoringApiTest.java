package org.pepiniere.applications.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.scoring.ApplicationReviewCompleted;
import org.pepiniere.contracts.scoring.ApplicationScored;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.EventSchemas;
import org.pepiniere.embedded.test.PublishedEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Jurors score their applications on the call's grid and revise; the review completes once all k scores are in. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class ScoringApiTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void showsTheJurorTheGridToScoreOn() {
        var call = new ScoringScenario(web, mongo, 1, 1, 1);

        web.get().uri("/api/jury/applications/{id}", call.applicationIds.get(0))
                .header("Authorization", "Bearer " + call.juror(call.jurorIds.get(0))).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.criteria.length()").isEqualTo(2)
                .jsonPath("$.criteria[1].id").isEqualTo("team")
                .jsonPath("$.criteria[1].name.fr").isEqualTo("Équipe")
                .jsonPath("$.criteria[1].name.en").isEqualTo("Team")
                .jsonPath("$.criteria[1].weight").isEqualTo(1)
                .jsonPath("$.criteria[1].scaleMin").isEqualTo(0)
                .jsonPath("$.criteria[1].scaleMax").isEqualTo(10)
                .jsonPath("$.reviewDeadline").isEqualTo("2099-03-15T22:59:00Z")
                .jsonPath("$.reviewOpen").isEqualTo(true);
    }

    @Test
    void storesAFirstScoreInTheSharedShapeAndAnnouncesIt() {
        var call = new ScoringScenario(web, mongo, 1, 1, 1);
        String application = call.applicationIds.get(0);
        String juror = call.jurorIds.get(0);

        call.score(application, juror, ScoringScenario.GOOD_SHEET, null).expectStatus().isCreated()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.marks.innovation").isEqualTo(4).jsonPath("$.revision").isEqualTo(1);

        Document stored = call.stored(application, juror);
        assertThat(stored.keySet()).containsAll(List.of("_id", "incubatorId", "callId", "applicationId", "jurorId", "marks",
                "comment", "scoredAt", "revision"));
        assertThat(stored.get("revision")).isInstanceOf(Long.class).isEqualTo(1L);
        assertThat(stored.get("marks", Document.class).get("team")).isInstanceOf(Integer.class).isEqualTo(7);
        assertThat(stored.get("scoredAt")).isInstanceOf(Date.class);
        assertThat(stored.getString("comment")).isEqualTo("Solid team, clear market.");
        var event = PublishedEvents.awaitEvent(Topics.APPLICATIONS, EventTypes.APPLICATION_SCORED, application);
        EventSchemas.assertConforms(event);
        var data = PublishedEvents.data(event, ApplicationScored.class);
        assertThat(data.revision()).isEqualTo(1);
        assertThat(data.jurorId()).isEqualTo(juror);
        assertThat(new String(event.getData().toBytes())).doesNotContain("Solid team");
    }

    @Test
    void revisesWithTheRevisionReadAndAnnouncesTheRevision() {
        var call = new ScoringScenario(web, mongo, 1, 1, 1);
        String application = call.applicationIds.get(0);
        String juror = call.jurorIds.get(0);
        call.score(application, juror, ScoringScenario.GOOD_SHEET, null).expectStatus().isCreated();
        String etag = call.ownScore(application, juror).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"").returnResult(String.class).getResponseHeaders().getETag();

        call.score(application, juror, "{\"marks\": {\"innovation\": 5, \"team\": 10}, \"comment\": \"Even better.\"}", etag)
                .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"");

        call.ownScore(application, juror).expectStatus().isOk().expectBody()
                .jsonPath("$.marks.innovation").isEqualTo(5).jsonPath("$.comment").isEqualTo("Even better.")
                .jsonPath("$.revision").isEqualTo(2);
        assertThat(call.stored(application, juror).get("revision")).isEqualTo(2L);
        PublishedEvents.awaitEvent(Topics.APPLICATIONS, EventTypes.APPLICATION_SCORED, application);
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(scoredEvents(application))
                .extracting(ApplicationScored::revision).containsExactlyInAnyOrder(1L, 2L));
    }

    @Test
    void completesTheReviewOnceWhenItsKJurorsHaveScored() {
        var call = new ScoringScenario(web, mongo, 2, 1, 2);
        String application = call.applicationIds.get(0);
        call.score(application, call.jurorIds.get(0), ScoringScenario.GOOD_SHEET, null).expectStatus().isCreated();
        assertThat(progress(application).getBoolean("completed")).isFalse();

        call.score(application, call.jurorIds.get(1), ScoringScenario.GOOD_SHEET, null).expectStatus().isCreated();
        call.score(application, call.jurorIds.get(1), ScoringScenario.GOOD_SHEET, "\"1\"").expectStatus().isOk();

        var event = PublishedEvents.awaitEvent(Topics.APPLICATIONS, EventTypes.APPLICATION_REVIEW_COMPLETED, application);
        EventSchemas.assertConforms(event);
        assertThat(PublishedEvents.data(event, ApplicationReviewCompleted.class).jurorIds())
                .containsExactlyInAnyOrderElementsOf(call.jurorIds);
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(scoredEvents(application)).hasSize(3));
        assertThat(completedEvents(application)).hasSize(1);
        assertThat(progress(application).getBoolean("completed")).isTrue();
    }

    @Test
    void letsAJurorListWhatTheyScoredAndStaffReadTheCallsScores() {
        var call = new ScoringScenario(web, mongo, 1, 2, 2);
        String application = call.applicationIds.get(0);
        String juror = call.jurorsOf(application).get(0);
        call.score(application, juror, ScoringScenario.GOOD_SHEET, null).expectStatus().isCreated();

        web.get().uri("/api/jury/scores").header("Authorization", "Bearer " + call.juror(juror)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].applicationId").isEqualTo(application)
                .jsonPath("$[0].revision").isEqualTo(1)
                .jsonPath("$[0].comment").doesNotExist();
        web.get().uri("/api/calls/{id}/scores", call.callId).header("Authorization", "Bearer " + call.staff).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].jurorId").isEqualTo(juror)
                .jsonPath("$[0].marks.team").isEqualTo(7)
                .jsonPath("$[0].comment").isEqualTo("Solid team, clear market.");
    }

    @Test
    void keepsAPairWithARealScoreOnAReRunAndRefusesALateConflictOnIt() {
        var call = new ScoringScenario(web, mongo, 1, 1, 3);
        String application = call.applicationIds.get(0);
        String juror = call.jurorsOf(application).get(0);
        call.score(application, juror, ScoringScenario.GOOD_SHEET, null).expectStatus().isCreated();

        call.run().expectStatus().isOk().expectBody()
                .jsonPath("$.applications[0].jurors[0].jurorId").isEqualTo(juror)
                .jsonPath("$.applications[0].jurors[0].origin").isEqualTo("LOCKED");
        web.post().uri("/api/jury/applications/{id}/conflict", application).header("Authorization", "Bearer " + call.juror(juror))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/pair-already-scored");
        assertThat(call.jurorsOf(application)).containsExactly(juror);
    }

    private Document progress(String application) {
        return mongo.findById(application, Document.class, "applications.review_progress").block();
    }

    private static List<ApplicationScored> scoredEvents(String application) {
        return PublishedEvents.ofType(Topics.APPLICATIONS, EventTypes.APPLICATION_SCORED).stream()
                .filter(e -> application.equals(e.getSubject())).map(e -> PublishedEvents.data(e, ApplicationScored.class))
                .toList();
    }

    static List<ApplicationReviewCompleted> completedEvents(String application) {
        return PublishedEvents.ofType(Topics.APPLICATIONS, EventTypes.APPLICATION_REVIEW_COMPLETED).stream()
                .filter(e -> application.equals(e.getSubject()))
                .map(e -> PublishedEvents.data(e, ApplicationReviewCompleted.class)).toList();
    }
}
