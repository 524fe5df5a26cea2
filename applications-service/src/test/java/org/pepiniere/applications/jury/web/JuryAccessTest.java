package org.pepiniere.applications.jury.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.TestIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Who may do what with a call's jury: staff of its incubator keep the pool and run the assignment; a juror reads only
 * the applications assigned to them and declares their own conflicts; nobody reaches another incubator's.
 */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class JuryAccessTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    JuryScenario call;
    String application;
    String juror;
    String otherJuror;

    @BeforeEach
    void assignedCall() {
        call = new JuryScenario(web, mongo, 1, false);
        application = call.submitted("Chimie Verte", "Mines Alès", "chemistry");
        call.submitted("Lumen", "ENSCM", "optics");
        juror = call.juror("A");
        otherJuror = call.juror("B");
        call.pool(List.of("\"chemistry\"", "\"optics\""), List.of());
        call.run("{}").expectStatus().isOk();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "STAFF", mode = EnumSource.Mode.EXCLUDE)
    void letsOnlyStaffReadAndKeepThePoolAndRunAndReadTheAssignment(Role role) {
        String token = TestIdentity.token(UUID.randomUUID().toString(), call.incubator, role);
        var before = stored();

        send(HttpMethod.GET, "/api/calls/" + call.callId + "/jury", token, null).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        send(HttpMethod.PUT, "/api/calls/" + call.callId + "/jury", token, "{\"members\": []}").expectStatus().isForbidden();
        send(HttpMethod.POST, "/api/calls/" + call.callId + "/assignment", token, "{}").expectStatus().isForbidden();
        send(HttpMethod.GET, "/api/calls/" + call.callId + "/assignment", token, null).expectStatus().isForbidden();
        send(HttpMethod.GET, "/api/calls/" + call.callId + "/assignment/progress", token, null).expectStatus().isForbidden();
        send(HttpMethod.GET, "/api/jury/jurors", token, null).expectStatus().isForbidden();

        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "JUROR", mode = EnumSource.Mode.EXCLUDE)
    void letsOnlyJurorsReadAssignmentsAndDeclareConflicts(Role role) {
        String token = TestIdentity.token(juror, call.incubator, role);
        var before = stored();

        send(HttpMethod.GET, "/api/jury/assignments", token, null).expectStatus().isForbidden();
        send(HttpMethod.GET, "/api/jury/applications/" + application, token, null).expectStatus().isForbidden();
        send(HttpMethod.POST, "/api/jury/applications/" + application + "/conflict", token, null).expectStatus().isForbidden();
        send(HttpMethod.POST, "/api/calls/" + call.callId + "/jury/conflicts", token, "{\"organisation\": \"X\"}")
                .expectStatus().isForbidden();

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void hidesFromAJurorTheApplicationsAssignedToOthers() {
        String notMine = call.applicationIds.stream().filter(id -> !assignedTo(juror).contains(id)).findFirst().orElseThrow();
        var before = stored();

        send(HttpMethod.GET, "/api/jury/applications/" + notMine, call.jurorToken(juror), null).expectStatus().isNotFound();
        send(HttpMethod.POST, "/api/jury/applications/" + notMine + "/conflict", call.jurorToken(juror), null)
                .expectStatus().isNotFound();
        web.get().uri("/api/jury/assignments").header("Authorization", "Bearer " + call.jurorToken(juror)).exchange()
                .expectBody().jsonPath("$[?(@.applicationId == '" + notMine + "')]").doesNotExist();

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void refusesAConflictFromAJurorOutsideThePool() {
        String outsider = UUID.randomUUID().toString();

        send(HttpMethod.POST, "/api/calls/" + call.callId + "/jury/conflicts", call.jurorToken(outsider), "{\"organisation\": \"X\"}")
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/not-in-jury-pool");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void hidesEverythingFromAnotherIncubator(Role role) {
        String token = TestIdentity.token(juror, "another-incubator", role);
        var before = stored();

        var expected = role == Role.STAFF ? 404 : 403;
        send(HttpMethod.GET, "/api/calls/" + call.callId + "/jury", token, null).expectStatus().isEqualTo(expected);
        send(HttpMethod.GET, "/api/calls/" + call.callId + "/assignment", token, null).expectStatus().isEqualTo(expected);
        send(HttpMethod.POST, "/api/calls/" + call.callId + "/assignment", token, "{}").expectStatus().isEqualTo(expected);
        if (role == Role.STAFF) {
            request(HttpMethod.PUT, "/api/calls/" + call.callId + "/jury", token, "{\"members\": []}").header("If-Match", "\"1\"")
                    .exchange().expectStatus().isNotFound();
            web.get().uri("/api/jury/jurors").header("Authorization", "Bearer " + token).exchange()
                    .expectBody().jsonPath("$[?(@.jurorId == '" + otherJuror + "')]").doesNotExist();
        }
        if (role == Role.JUROR) {
            send(HttpMethod.GET, "/api/jury/applications/" + application, token, null).expectStatus().isNotFound();
            send(HttpMethod.POST, "/api/jury/applications/" + application + "/conflict", token, null).expectStatus().isNotFound();
            send(HttpMethod.GET, "/api/jury/assignments", token, null).expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
            send(HttpMethod.POST, "/api/calls/" + call.callId + "/jury/conflicts", token, "{\"organisation\": \"X\"}")
                    .expectStatus().isForbidden();
        }

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void refusesEveryJuryRequestWithoutAToken() {
        web.get().uri("/api/calls/{id}/jury", call.callId).exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/jury/assignments").exchange().expectStatus().isUnauthorized();
        web.post().uri("/api/calls/{id}/assignment", call.callId).contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isUnauthorized();
    }

    private String assignedTo(String jurorId) {
        return web.get().uri("/api/jury/assignments").header("Authorization", "Bearer " + call.jurorToken(jurorId)).exchange()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private List<Document> stored() {
        var pool = mongo.findById(call.callId, Document.class, "jury_pools").block();
        var assignment = mongo.findById(call.callId, Document.class, "jury_assignments").block();
        assignment.remove("outbox");
        return List.of(pool, assignment);
    }

    private WebTestClient.ResponseSpec send(HttpMethod method, String path, String token, String body) {
        return request(method, path, token, body).exchange();
    }

    private WebTestClient.RequestBodySpec request(HttpMethod method, String path, String token, String body) {
        var spec = web.method(method).uri(path).header("Authorization", "Bearer " + token);
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        }
        return spec;
    }
}
