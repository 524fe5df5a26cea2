package org.pepiniere.applications.jury.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every kind of bad input to the jury gets a problem in the caller's language and changes nothing. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class JuryBadInputTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    JuryScenario call;
    String application;
    String juror;

    @BeforeEach
    void pooledCall() {
        call = new JuryScenario(web, mongo, 1, false);
        application = call.submitted("Chimie Verte", "Mines Alès", "chemistry");
        juror = call.juror("A");
        call.pool(List.of(), List.of());
    }

    @Test
    void refusesAPinNamingAJurorOutsideThePool() {
        String stranger = UUID.randomUUID().toString();

        call.run(pins(application, stranger)).expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/unknown-juror")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).startsWith(stranger));

        assertNothingSaved();
    }

    @Test
    void refusesAForbidNamingAnApplicationOfAnotherCall() {
        call.run("{\"forbids\": [{\"applicationId\": \"" + UUID.randomUUID() + "\", \"jurorId\": \"" + juror + "\"}]}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/unknown-application");

        assertNothingSaved();
    }

    @Test
    void refusesOperatorKeysAndPathsInIds() {
        call.run(pins("$where", juror)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").value(field -> assertThat(field.toString()).contains("applicationId"));
        call.run(pins(application, "a.b")).expectStatus().isBadRequest();
        web.get().uri("/api/calls/{id}/jury", "$gt").header("Authorization", "Bearer " + call.staff).exchange()
                .expectStatus().isBadRequest();

        assertNothingSaved();
    }

    @Test
    void refusesAHalfLoadRangeOrOneUpsideDown() {
        call.run("{\"minLoad\": 2}").expectStatus().isBadRequest();
        call.run("{\"minLoad\": 3, \"maxLoad\": 1}").expectStatus().isBadRequest();
        call.run("{\"slack\": -1}").expectStatus().isBadRequest();

        assertNothingSaved();
    }

    @Test
    void refusesARunOfADraftCall() {
        String draft = web.post().uri("/api/calls").header("Authorization", "Bearer " + call.staff)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(JuryScenario.callJson(1, false)).exchange()
                .expectBody(java.util.Map.class).returnResult().getResponseBody().get("id").toString();

        web.post().uri("/api/calls/{id}/assignment", draft).header("Authorization", "Bearer " + call.staff)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/call-not-published");
    }

    @Test
    void refusesARunOfAnUnknownCall() {
        web.post().uri("/api/calls/{id}/assignment", UUID.randomUUID()).header("Authorization", "Bearer " + call.staff)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void refusesAPoolMemberWhoNeverShowedTheJurorRole() {
        String stranger = UUID.randomUUID().toString();

        putPool("\"1\"", "{\"members\": [{\"jurorId\": \"" + stranger + "\", \"displayName\": \"X\"}]}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/unknown-juror");

        assertPoolVersion(1);
    }

    @Test
    void refusesTheSameJurorTwiceInThePool() {
        String member = "{\"jurorId\": \"" + juror + "\", \"displayName\": \"A\"}";

        putPool("\"1\"", "{\"members\": [" + member + "," + member + "]}").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/duplicate-juror");

        assertPoolVersion(1);
    }

    @Test
    void refusesAPoolChangeWithoutOrAgainstAStaleVersion() {
        String body = "{\"members\": []}";

        putPool(null, body).expectStatus().isEqualTo(428);
        putPool("\"0\"", body).expectStatus().isEqualTo(412)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("rechargez"));
        putPool("\"x\"", body).expectStatus().isEqualTo(412);

        assertPoolVersion(1);
    }

    @Test
    void refusesAPoolMemberWithoutNameOrWithTooManyTags() {
        var tags = String.join(",", java.util.stream.IntStream.range(0, 31).mapToObj(i -> "\"tag" + i + "\"").toList());

        putPool("\"1\"", "{\"members\": [{\"jurorId\": \"" + juror + "\", \"displayName\": \" \"}]}").expectStatus().isBadRequest();
        putPool("\"1\"", "{\"members\": [{\"jurorId\": \"" + juror + "\", \"displayName\": \"A\", \"expertise\": [" + tags + "]}]}")
                .expectStatus().isBadRequest();

        assertPoolVersion(1);
    }

    @Test
    void refusesAConflictNamingNothingOrAnApplicationOfAnotherCall() {
        conflict("{}").expectStatus().isBadRequest();
        conflict("{\"organisation\": \"   \"}").expectStatus().isBadRequest();
        conflict("{\"applicationId\": \"" + UUID.randomUUID() + "\"}").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/unknown-application");

        assertPoolVersion(1);
    }

    @Test
    void answersAReadOfAnAssignmentNeverRunWithA404() {
        call.assignment().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/assignment-not-found");
    }

    @Test
    void answersALateConflictOnAnApplicationNotAssignedWithA404() {
        web.post().uri("/api/jury/applications/{id}/conflict", application).header("Authorization", "Bearer " + call.jurorToken(juror))
                .exchange().expectStatus().isNotFound();

        assertPoolVersion(1);
    }

    private static String pins(String applicationId, String jurorId) {
        return "{\"pins\": [{\"applicationId\": \"" + applicationId + "\", \"jurorId\": \"" + jurorId + "\"}]}";
    }

    private WebTestClient.ResponseSpec putPool(String ifMatch, String body) {
        var spec = web.put().uri("/api/calls/{id}/jury", call.callId).header("Authorization", "Bearer " + call.staff);
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        return spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec conflict(String body) {
        return web.post().uri("/api/calls/{id}/jury/conflicts", call.callId).header("Authorization", "Bearer " + call.jurorToken(juror))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private void assertNothingSaved() {
        assertThat(mongo.findById(call.callId, Document.class, "jury_assignments").block()).isNull();
    }

    private void assertPoolVersion(long version) {
        assertThat(mongo.findById(call.callId, Document.class, "jury_pools").block().getLong("version")).isEqualTo(version);
    }
}
