package org.pepiniere.applications.jury.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.jury.JurorsAssigned;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.EventSchemas;
import org.pepiniere.embedded.test.PublishedEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Staff keep a call's jury and run its assignment; jurors read what they are assigned and leave on a late conflict. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class JuryApiTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void savesAFullAssignmentAndAnnouncesItWithoutPersonalData() {
        var call = new JuryScenario(web, mongo, 2, false);
        call.submitted("Chimie Verte", "Mines Alès", "chemistry");
        call.submitted("Lumen", "ENSCM", "optics");
        call.submitted("Vélo Libre", "Polytech", "mobility");
        call.juror("A");
        call.juror("B");
        call.juror("C");
        call.pool(List.of(), List.of());

        call.run("{}").expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody()
                .jsonPath("$.applications.length()").isEqualTo(3)
                .jsonPath("$.applications[0].jurors.length()").isEqualTo(2)
                .jsonPath("$.applications[1].jurors.length()").isEqualTo(2)
                .jsonPath("$.applications[2].jurors.length()").isEqualTo(2)
                .jsonPath("$.jurors[*].load").value(loads -> assertThat(loads.toString()).isEqualTo("[2,2,2]"));

        var event = PublishedEvents.awaitEvent(Topics.APPLICATIONS, EventTypes.JURORS_ASSIGNED, call.callId);
        EventSchemas.assertConforms(event);
        var data = PublishedEvents.data(event, JurorsAssigned.class);
        assertThat(data.pairs()).hasSize(6);
        assertThat(data.version()).isEqualTo(1);
        assertThat(new String(event.getData().toBytes())).doesNotContain("@", "Alice", "Juror ");
    }

    @Test
    void keepsJurorsAwayFromTheirOwnOrganisationAndPrefersMatchingExpertise() {
        var call = new JuryScenario(web, mongo, 1, false);
        String chemistry = call.submitted("Chimie Verte", "Mines Alès", "chemistry, biotech");
        String optics = call.submitted("Lumen", "ENSCM", "optics");
        String chemist = call.juror("Chemist");
        String fromMines = call.juror("From Mines");
        call.pool(List.of("\"Chemistry\", \"biotech\"", "\"optics\""), List.of("Université de Montpellier", "mines ales"));

        call.run("{}").expectStatus().isOk().expectBody()
                .jsonPath("$.applications[?(@.applicationId == '" + chemistry + "')].jurors[0].jurorId").isEqualTo(chemist)
                .jsonPath("$.applications[?(@.applicationId == '" + chemistry + "')].jurors[0].matchedNeeds.length()").isEqualTo(2)
                .jsonPath("$.applications[?(@.applicationId == '" + optics + "')].jurors[0].jurorId").isEqualTo(fromMines);
    }

    @Test
    void honoursPinsAndForbids() {
        var call = new JuryScenario(web, mongo, 1, false);
        String first = call.submitted("Chimie Verte", "Mines Alès", "chemistry");
        String second = call.submitted("Lumen", "ENSCM", "chemistry");
        String a = call.juror("A");
        String b = call.juror("B");
        call.pool(List.of("\"chemistry\""), List.of());

        call.run("""
                {"pins": [{"applicationId": "%s", "jurorId": "%s"}], "forbids": [{"applicationId": "%s", "jurorId": "%s"}]}
                """.formatted(second, a, first, a)).expectStatus().isOk().expectBody()
                .jsonPath("$.applications[?(@.applicationId == '" + second + "')].jurors[0].jurorId").isEqualTo(a)
                .jsonPath("$.applications[?(@.applicationId == '" + second + "')].jurors[0].origin").isEqualTo("PINNED")
                .jsonPath("$.applications[?(@.applicationId == '" + first + "')].jurors[0].jurorId").isEqualTo(b)
                .jsonPath("$.forbids[0].jurorId").isEqualTo(a);
    }

    @Test
    void reportsAnInfeasibleRunNamingEachApplicationAndSavesNothing() {
        var call = new JuryScenario(web, mongo, 3, false);
        call.submitted("Chimie Verte", "Mines Alès", "chemistry");
        call.submitted("Lumen", "ENSCM", "optics");
        call.juror("A");
        call.juror("B");
        call.pool(List.of(), List.of());

        call.run("{}").expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/assignment-infeasible")
                .jsonPath("$.obstacles[?(@.code == 'not-enough-allowed-jurors')].startupName")
                .value(names -> assertThat(names.toString()).contains("Chimie Verte", "Lumen"))
                .jsonPath("$.obstacles[?(@.startupName == 'Lumen')].text")
                .isEqualTo("Lumen : seulement 2 juré(s) sans conflit ni interdiction pour 3 évaluations demandées "
                        + "(0 en conflit, 0 écarté(s) par l'équipe).");

        call.assignment().expectStatus().isNotFound();
        assertThat(mongo.findById(call.callId, Document.class, "jury_assignments").block()).isNull();
    }

    @Test
    void wordsTheInfeasibilityReportInEnglishForAnEnglishReader() {
        var call = new JuryScenario(web, mongo, 2, false);
        call.submitted("Lumen", "ENSCM", "optics");
        call.juror("A");
        call.pool(List.of(), List.of());

        web.post().uri("/api/calls/{id}/assignment", call.callId).header("Authorization", "Bearer " + call.staff)
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.obstacles[0].text").isEqualTo("Lumen: only 1 juror(s) without conflict or forbid for the 2 reviews "
                        + "it needs (0 in conflict, 0 forbidden by staff).");
    }

    @Test
    void showsAJurorTheirApplicationsWithoutTheTeamWhenTheReviewIsBlind() {
        var call = new JuryScenario(web, mongo, 1, true);
        String application = call.submitted("Chimie Verte", "Mines Alès", "chemistry");
        String juror = call.juror("A");
        call.pool(List.of(), List.of());
        call.run("{}").expectStatus().isOk();

        web.get().uri("/api/jury/assignments").header("Authorization", "Bearer " + call.jurorToken(juror)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].applicationId").isEqualTo(application)
                .jsonPath("$[0].startupName").isEqualTo("Chimie Verte")
                .jsonPath("$[0].callTitleEn").isEqualTo("Jury 2027");
        web.get().uri("/api/jury/applications/{id}", application).header("Authorization", "Bearer " + call.jurorToken(juror))
                .exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body)
                        .contains("\"blind\":true", "What we do", "\"team\":null").doesNotContain("Alice", "Mines Alès", "@"));
    }

    @Test
    void showsTheTeamWhenTheReviewIsNotBlind() {
        var call = new JuryScenario(web, mongo, 1, false);
        String application = call.submitted("Chimie Verte", "Mines Alès", "chemistry");
        String juror = call.juror("A");
        call.pool(List.of(), List.of());
        call.run("{}").expectStatus().isOk();

        web.get().uri("/api/jury/applications/{id}", application).header("Authorization", "Bearer " + call.jurorToken(juror))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.team[0].name").isEqualTo("Alice Martin");
    }

    @Test
    void takesAPairOutOnALateConflictShowsStaffTheGapAndTheNextRunFillsItWithAnotherJuror() {
        var call = new JuryScenario(web, mongo, 1, false);
        String application = call.submitted("Chimie Verte", "Mines Alès", "chemistry");
        call.juror("A");
        call.juror("B");
        call.pool(List.of(), List.of());
        String assigned = call.run("{}").expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
                .get("applications").toString().replaceAll(".*jurorId=([^,]+),.*", "$1");

        web.post().uri("/api/jury/applications/{id}/conflict", application)
                .header("Authorization", "Bearer " + call.jurorToken(assigned)).exchange().expectStatus().isOk();

        call.assignment().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"").expectBody()
                .jsonPath("$.gaps[0].applicationId").isEqualTo(application)
                .jsonPath("$.gaps[0].jurorId").isEqualTo(assigned)
                .jsonPath("$.applications[0].jurors.length()").isEqualTo(0);
        web.get().uri("/api/jury/applications/{id}", application).header("Authorization", "Bearer " + call.jurorToken(assigned))
                .exchange().expectStatus().isNotFound();
        call.run("{}").expectStatus().isOk().expectBody()
                .jsonPath("$.applications[0].jurors.length()").isEqualTo(1)
                .jsonPath("$.applications[0].jurors[0].jurorId").value(id -> assertThat(id).isNotEqualTo(assigned))
                .jsonPath("$.gaps.length()").isEqualTo(0);
    }

    @Test
    void refusesARunAgainstAStaleVersionAndKeepsTheSavedOne() {
        var call = new JuryScenario(web, mongo, 1, false);
        call.submitted("Chimie Verte", "Mines Alès", "chemistry");
        call.juror("A");
        call.pool(List.of(), List.of());
        call.run("{}").expectStatus().isOk();

        web.post().uri("/api/calls/{id}/assignment", call.callId).header("Authorization", "Bearer " + call.staff)
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(412)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/changed-meanwhile");

        call.assignment().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"");
    }

    @Test
    void letsAJurorOfThePoolDeclareAConflictWithAnOrganisationThatKeepsThemAway() {
        var call = new JuryScenario(web, mongo, 1, false);
        String application = call.submitted("Chimie Verte", "Mines Alès", "chemistry");
        String a = call.juror("A");
        String b = call.juror("B");
        call.pool(List.of("\"chemistry\""), List.of());

        web.post().uri("/api/calls/{id}/jury/conflicts", call.callId).header("Authorization", "Bearer " + call.jurorToken(a))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"organisation\": \"Mines  Ales\"}").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.conflictingOrganisations[0]").isEqualTo("Mines  Ales");

        call.run("{}").expectStatus().isOk().expectBody()
                .jsonPath("$.applications[?(@.applicationId == '" + application + "')].jurors[0].jurorId").isEqualTo(b);
        web.get().uri("/api/calls/{id}/jury", call.callId).header("Authorization", "Bearer " + call.staff).exchange()
                .expectBody().jsonPath("$.members[?(@.jurorId == '" + a + "')].conflictingOrganisations[0]").isEqualTo("Mines  Ales");
    }

    @Test
    void keepsTheConflictsAJurorDeclaredWhenStaffRewriteThePool() {
        var call = new JuryScenario(web, mongo, 1, false);
        String application = call.submitted("Chimie Verte", "Mines Alès", "chemistry");
        String a = call.juror("A");
        call.juror("B");
        call.pool(List.of(), List.of());
        web.post().uri("/api/calls/{id}/jury/conflicts", call.callId).header("Authorization", "Bearer " + call.jurorToken(a))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"applicationId\": \"" + application + "\"}").exchange()
                .expectStatus().isOk();

        call.pool(List.of("\"optics\""), List.of());

        web.get().uri("/api/calls/{id}/jury", call.callId).header("Authorization", "Bearer " + call.staff).exchange()
                .expectBody()
                .jsonPath("$.members[?(@.jurorId == '" + a + "')].conflictingApplications[0]").isEqualTo(application)
                .jsonPath("$.members[?(@.jurorId == '" + a + "')].expertise[0]").isEqualTo("optics");
    }

    @Test
    void keepsADeclaredConflictWhenStaffRemoveTheJurorAndAddThemBack() {
        var call = new JuryScenario(web, mongo, 1, false);
        String application = call.submitted("Chimie Verte", "Mines Alès", "chemistry");
        String a = call.juror("A");
        String b = call.juror("B");
        call.pool(List.of("\"chemistry\""), List.of());
        web.post().uri("/api/calls/{id}/jury/conflicts", call.callId).header("Authorization", "Bearer " + call.jurorToken(a))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"applicationId\": \"" + application + "\"}").exchange()
                .expectStatus().isOk();

        call.poolOf(List.of(b), List.of(), List.of());
        call.poolOf(List.of(a, b), List.of("\"chemistry\""), List.of());

        call.run("{}").expectStatus().isOk().expectBody()
                .jsonPath("$.applications[0].jurors[0].jurorId").isEqualTo(b);
    }

    @Test
    void letsOnlyTheApplicationsJurorsDownloadItsPitchDeck() {
        var call = new JuryScenario(web, mongo, 1, false);
        String application = call.submitted("Chimie Verte", "Mines Alès", "chemistry");
        byte[] deck = "%PDF-1.7\nChimie Verte".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        withStatus(application, "DRAFT");
        String founder = org.pepiniere.embedded.test.TestIdentity.token(call.founders.get(application), call.incubator,
                org.pepiniere.contracts.identity.Role.FOUNDER);
        web.put().uri("/api/applications/{id}/deck", application).header("Authorization", "Bearer " + founder)
                .contentType(MediaType.APPLICATION_PDF).bodyValue(deck).exchange().expectStatus().is2xxSuccessful();
        withStatus(application, "SUBMITTED");
        call.juror("A");
        call.juror("B");
        call.pool(List.of(), List.of());
        String assigned = call.run("{}").expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
                .get("applications").toString().replaceAll(".*jurorId=([^,]+),.*", "$1");
        String other = call.jurorIds.stream().filter(id -> !id.equals(assigned)).findFirst().orElseThrow();

        web.get().uri("/api/applications/{id}/deck", application).header("Authorization", "Bearer " + call.jurorToken(assigned))
                .exchange().expectStatus().isOk().expectBody(byte[].class).isEqualTo(deck);
        web.get().uri("/api/applications/{id}/deck", application).header("Authorization", "Bearer " + call.jurorToken(other))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void showsTheApplicationsJurorNeitherTheNameNorTheDownloadNameOfItsDeck() {
        var call = new JuryScenario(web, mongo, 1, true);
        String application = call.submitted("Chimie Verte", "Mines Alès", "chemistry");
        byte[] deck = "%PDF-1.7\nChimie Verte".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        withStatus(application, "DRAFT");
        String founder = org.pepiniere.embedded.test.TestIdentity.token(call.founders.get(application), call.incubator,
                org.pepiniere.contracts.identity.Role.FOUNDER);
        web.put().uri("/api/applications/{id}/deck?filename=pitch-camille-durand.pdf", application)
                .header("Authorization", "Bearer " + founder)
                .contentType(MediaType.APPLICATION_PDF).bodyValue(deck).exchange().expectStatus().is2xxSuccessful();
        withStatus(application, "SUBMITTED");
        call.juror("A");
        call.pool(List.of(), List.of());
        String juror = call.jurorToken(call.jurorIds.get(0));
        call.run("{}").expectStatus().isOk();

        web.get().uri("/api/applications/{id}/deck/info", application).header("Authorization", "Bearer " + juror)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.filename").doesNotExist();
        web.get().uri("/api/applications/{id}/deck", application).header("Authorization", "Bearer " + juror)
                .exchange().expectStatus().isOk()
                .expectHeader().value("Content-Disposition", disposition -> org.assertj.core.api.Assertions.assertThat(disposition)
                        .contains("pitch-deck-" + application + ".pdf").doesNotContain("camille"));
        web.get().uri("/api/applications/{id}/deck/info", application).header("Authorization", "Bearer " + founder)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.filename").isEqualTo("pitch-camille-durand.pdf");
    }

    private void withStatus(String application, String status) {
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(application)),
                org.springframework.data.mongodb.core.query.Update.update("status", status), "applications").block();
    }
}
