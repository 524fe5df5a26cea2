package org.pepiniere.applications.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every bad score sheet gets a problem naming what is wrong, in the caller's language, and changes nothing. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class ScoringBadInputTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    ScoringScenario call;
    String application;
    String juror;

    @BeforeEach
    void assignedCall() {
        call = new ScoringScenario(web, mongo, 1, 2, 2);
        application = call.applicationIds.get(0);
        juror = call.jurorsOf(application).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown criterion      | {"marks": {"innovation": 4, "team": 7, "price": 3}, "comment": "c"} | marks.price      | ce critère ne fait pas partie de la grille de l'appel
            mark above its scale   | {"marks": {"innovation": 6, "team": 7}, "comment": "c"}             | marks.innovation | doit valoir de 1 à 5
            mark below its scale   | {"marks": {"innovation": 4, "team": -1}, "comment": "c"}            | marks.team       | doit valoir de 0 à 10
            missing criterion      | {"marks": {"innovation": 4}, "comment": "c"}                        | marks.team       | notez ce critère
            null mark              | {"marks": {"innovation": 4, "team": null}, "comment": "c"}          | marks.team       | notez ce critère
            missing comment        | {"marks": {"innovation": 4, "team": 7}}                             | comment          | écrivez un commentaire qui justifie vos notes
            blank comment          | {"marks": {"innovation": 4, "team": 7}, "comment": "  "}            | comment          | écrivez un commentaire qui justifie vos notes
            """)
    void refusesASheetThatDoesNotFitTheGrid(String kind, String body, String field, String reason) {
        call.score(application, juror, body, null).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/invalid-request")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.errors[0].reason").isEqualTo(reason);

        assertNothingStored();
    }

    @Test
    void namesEveryWrongFieldAtOnceInEnglishForAnEnglishReader() {
        web.put().uri("/api/jury/applications/{id}/score", application).header("Authorization", "Bearer " + call.juror(juror))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"marks\": {\"innovation\": 9, \"price\": 3}, \"comment\": \"\"}").exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'marks.innovation')].reason").isEqualTo("must be from 1 to 5")
                .jsonPath("$.errors[?(@.field == 'marks.team')].reason").isEqualTo("score this criterion")
                .jsonPath("$.errors[?(@.field == 'marks.price')].reason").isEqualTo("this criterion is not part of the call's grid")
                .jsonPath("$.errors[?(@.field == 'comment')].reason").isEqualTo("write a comment that explains your marks");

        assertNothingStored();
    }

    @Test
    void refusesACommentLongerThanItsLimit() {
        String body = "{\"marks\": {\"innovation\": 4, \"team\": 7}, \"comment\": \"" + "a".repeat(4_001) + "\"}";

        call.score(application, juror, body, null).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("comment")
                .jsonPath("$.errors[0].reason").isEqualTo("au plus 4000 caractères");

        assertNothingStored();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"marks": {"$set": 4, "innovation": 4, "team": 7}, "comment": "c"}
            {"marks": {"team.x": 4, "innovation": 4, "team": 7}, "comment": "c"}
            {"marks": {"": 4, "innovation": 4, "team": 7}, "comment": "c"}
            """)
    void refusesOperatorAndPathKeys(String body) {
        call.score(application, juror, body, null).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("marks");

        assertNothingStored();
    }

    @Test
    void refusesAMarkThatIsNotAWholeNumber() {
        call.score(application, juror, "{\"marks\": {\"innovation\": \"high\", \"team\": 7}, \"comment\": \"c\"}", null)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("marks.innovation");

        assertNothingStored();
    }

    @Test
    void refusesAScoreAfterTheReviewDeadline() {
        call.deadlinePassed();

        call.score(application, juror, ScoringScenario.GOOD_SHEET, null).expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/review-deadline-passed")
                .jsonPath("$.detail").isEqualTo("La date limite d'évaluation de cet appel est passée : "
                        + "les évaluations ne peuvent plus changer.");

        assertNothingStored();
    }

    @Test
    void refusesARevisionAfterTheReviewDeadlineAndKeepsTheScore() {
        call.score(application, juror, ScoringScenario.GOOD_SHEET, null).expectStatus().isCreated();
        var before = call.stored(application, juror);
        call.deadlinePassed();

        call.score(application, juror, "{\"marks\": {\"innovation\": 1, \"team\": 1}, \"comment\": \"Changed my mind.\"}", "\"1\"")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/review-deadline-passed");

        assertThat(call.stored(application, juror)).isEqualTo(before);
        web.get().uri("/api/jury/applications/{id}", application).header("Authorization", "Bearer " + call.juror(juror))
                .exchange().expectBody().jsonPath("$.reviewOpen").isEqualTo(false);
    }

    @Test
    void refusesARevisionWithoutTheRevisionItRevises() {
        call.score(application, juror, ScoringScenario.GOOD_SHEET, null).expectStatus().isCreated();
        var before = call.stored(application, juror);

        call.score(application, juror, ScoringScenario.GOOD_SHEET, null).expectStatus().isEqualTo(428)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/precondition-required");

        assertThat(call.stored(application, juror)).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({"\"2\"", "\"0\"", "W/\"7\"", "\"abc\""})
    void refusesARevisionOfAStaleOrUnknownRevision(String ifMatch) {
        call.score(application, juror, ScoringScenario.GOOD_SHEET, null).expectStatus().isCreated();
        var before = call.stored(application, juror);

        call.score(application, juror, "{\"marks\": {\"innovation\": 1, \"team\": 1}, \"comment\": \"Other tab.\"}", ifMatch)
                .expectStatus().isEqualTo(412)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/changed-meanwhile");

        assertThat(call.stored(application, juror)).isEqualTo(before);
    }

    @Test
    void refusesAFirstScoreThatNamesARevision() {
        call.score(application, juror, ScoringScenario.GOOD_SHEET, "\"1\"").expectStatus().isEqualTo(412);

        assertNothingStored();
    }

    @Test
    void refusesAJurorNotAssignedTheApplication() {
        String notMine = call.notAssignedTo(juror);

        call.score(notMine, juror, ScoringScenario.GOOD_SHEET, null).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/application-not-found");
        call.ownScore(notMine, juror).expectStatus().isNotFound();

        assertThat(call.stored(notMine, juror)).isNull();
    }

    @Test
    void refusesAJurorWhoDeclaredAConflictWithTheApplication() {
        web.post().uri("/api/jury/applications/{id}/conflict", application).header("Authorization", "Bearer " + call.juror(juror))
                .exchange().expectStatus().isOk();

        call.score(application, juror, ScoringScenario.GOOD_SHEET, null).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/conflict-declared");

        assertNothingStored();
    }

    @Test
    void answersAScoreNotGivenYetWithA404() {
        call.ownScore(application, juror).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/score-not-found");
    }

    private void assertNothingStored() {
        assertThat(call.stored(application, juror)).isNull();
        assertThat(mongo.findById(application, Document.class, "applications.review_progress").block()).isNull();
    }
}
