package org.pepiniere.applications.applying.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.applying.Applications;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.TestIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class RevisingDraftApiTest {

    static final String INCUBATOR = ApplyingApiTest.INCUBATOR;
    static final String REVISED = ApplyingApiTest.DRAFT
            .replace("Chlorofil", "Chlorofil Bio")
            .replace("\"PROTOTYPE\"", "\"MVP\"")
            .replace("Camille Martin", "Inès Roux").replace("camille@chlorofil.fr", "ines@chlorofil.fr");

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    Applications applications;

    final String founderId = UUID.randomUUID().toString();
    final String founder = TestIdentity.token(founderId, INCUBATOR, Role.FOUNDER);

    @Test
    void replacesTheDraftAndAnswersItsNewVersion() {
        String id = draft();

        revise(id, founder, "\"0\"", REVISED)
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody()
                .jsonPath("$.startupName").isEqualTo("Chlorofil Bio")
                .jsonPath("$.stage").isEqualTo("MVP")
                .jsonPath("$.team[0].name").isEqualTo("Inès Roux")
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.version").isEqualTo(1);

        assertThat(stored(id).getString("startupName")).isEqualTo("Chlorofil Bio");
        assertThat(stored(id).getList("outbox", Object.class)).isEmpty();
    }

    @Test
    void refusesAnEditMadeFromAVersionAnotherTabReplaced() {
        String id = draft();
        revise(id, founder, "\"0\"", REVISED).expectStatus().isOk();

        revise(id, founder, "\"0\"", ApplyingApiTest.DRAFT.replace("Chlorofil", "Old tab"))
                .expectStatus().isEqualTo(412)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/changed-meanwhile")
                .jsonPath("$.title").isEqualTo("Condition préalable non remplie")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("autre onglet", "rechargez"));

        assertThat(stored(id).getString("startupName")).isEqualTo("Chlorofil Bio");
        assertThat(stored(id).getLong("version")).isEqualTo(1);
    }

    @Test
    void explainsAStaleEditInEnglish() {
        String id = draft();
        revise(id, founder, "\"0\"", REVISED).expectStatus().isOk();

        revision(id, founder, "\"0\"", REVISED).header("Accept-Language", "en")
                .exchange()
                .expectStatus().isEqualTo(412)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Precondition failed")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("another tab", "reload the latest version"));
    }

    @Test
    void acceptsAnEditFromTheVersionJustSaved() {
        String id = draft();
        revise(id, founder, "\"0\"", REVISED).expectStatus().isOk();

        revise(id, founder, "W/\"1\"", ApplyingApiTest.DRAFT).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*"})
    void asksForTheVersionWhenIfMatchIsMissing(String ifMatch) {
        String id = draft();
        var request = web.put().uri("/api/applications/{id}", id).header("Authorization", "Bearer " + founder)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(REVISED);
        if (!ifMatch.isEmpty()) {
            request.header("If-Match", ifMatch);
        }

        request.exchange()
                .expectStatus().isEqualTo(428)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/precondition-required")
                .jsonPath("$.title").isEqualTo("Condition préalable requise")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("If-Match", "ETag"));

        assertThat(stored(id).getLong("version")).isZero();
    }

    @Test
    void asksForTheVersionInEnglish() {
        String id = draft();

        web.put().uri("/api/applications/{id}", id).header("Authorization", "Bearer " + founder)
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(REVISED).exchange()
                .expectStatus().isEqualTo(428)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Precondition required")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("Send in the If-Match header"));
    }

    @Test
    void refusesToReviseASubmittedApplication() {
        String id = draft();
        web.post().uri("/api/applications/{id}/submit", id).header("Authorization", "Bearer " + founder).exchange()
                .expectStatus().isOk();

        revise(id, founder, "\"1\"", REVISED)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/already-submitted");

        assertThat(stored(id).getString("startupName")).isEqualTo("Chlorofil");
    }

    @Test
    void hidesTheDraftFromAnotherFounder() {
        String id = draft();
        String other = TestIdentity.token(UUID.randomUUID().toString(), INCUBATOR, Role.FOUNDER);

        revise(id, other, "\"0\"", REVISED).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/not-found");

        assertThat(stored(id).getLong("version")).isZero();
    }

    @Test
    void hidesTheDraftFromAFounderOfAnotherIncubatorEvenWithTheSameUserId() {
        String id = draft();
        String sameIdElsewhere = TestIdentity.token(founderId, "another-incubator", Role.FOUNDER);

        revise(id, sameIdElsewhere, "\"0\"", REVISED).expectStatus().isNotFound();

        assertThat(stored(id).getLong("version")).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "FOUNDER", mode = EnumSource.Mode.EXCLUDE)
    void letsOnlyFoundersRevise(Role role) {
        String id = draft();
        String token = TestIdentity.token(UUID.randomUUID().toString(), INCUBATOR, role);

        revise(id, token, "\"0\"", REVISED).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(stored(id).getLong("version")).isZero();
    }

    @Test
    void hidesTheDraftFromStaffOfAnotherIncubator() {
        String id = draft();
        String otherStaff = TestIdentity.token(UUID.randomUUID().toString(), "another-incubator", Role.STAFF);

        revise(id, otherStaff, "\"0\"", REVISED).expectStatus().isForbidden();

        assertThat(stored(id).getLong("version")).isZero();
    }

    @Test
    void answersAnUnknownDraftWithNotFound() {
        revise(UUID.randomUUID().toString(), founder, "\"0\"", REVISED).expectStatus().isNotFound();
    }

    @Test
    void refusesToMoveTheDraftToAnotherCall() {
        String id = draft();

        revise(id, founder, "\"0\"", REVISED.replace("{\"startupName\"", "{\"callId\": \"another-call\", \"startupName\""))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("callId");

        assertThat(stored(id).getLong("version")).isZero();
    }

    @Test
    void refusesEveryMalformedRevisionAndChangesNothing() {
        String id = draft();
        Map<String, String> bad = Map.of(
                "malformed JSON", "{\"startupName\": ",
                "missing name", REVISED.replace("\"startupName\": \"Chlorofil Bio\",", ""),
                "wrong type", REVISED.replace("15000000", "\"a lot\""),
                "unknown sector", REVISED.replace("CHEMISTRY", "ALCHEMY"),
                "operator key", REVISED.replace("\"market\"", "\"$where\""),
                "unknown field", REVISED.replace("{\"startupName\"", "{\"status\": \"SUBMITTED\", \"startupName\""),
                "bad email", REVISED.replace("ines@chlorofil.fr", "ines"));

        bad.forEach((why, body) -> revise(id, founder, "\"0\"", body)
                .expectStatus().value(status -> assertThat(status).as(why).isEqualTo(400))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(stored(id).getLong("version")).isZero();
        assertThat(stored(id).getString("startupName")).isEqualTo("Chlorofil");
    }

    @Test
    void namesTheFieldOfABadRevisionInTheCallersLanguage() {
        String id = draft();

        revision(id, founder, "\"0\"", REVISED.replace("ines@chlorofil.fr", "ines")).header("Accept-Language", "en")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("team[0].email")
                .jsonPath("$.errors[0].reason").isEqualTo("invalid email address");
    }

    @Test
    void storesOnlyOneOfTwoRevisionsMadeFromTheSameVersion() {
        String id = draft();
        var current = applications.find(INCUBATOR, new ApplicationId(id)).block();
        var first = ((org.pepiniere.applications.applying.Revision.Accepted) current.revise(null, current.content())).application();

        var stored = applications.saveRevised(first, 0).block();
        var second = applications.saveRevised(first, 0).blockOptional();

        assertThat(stored.version()).isEqualTo(1);
        assertThat(second).isEmpty();
    }

    @Test
    void refusesARevisionWithoutAToken() {
        String id = draft();

        web.put().uri("/api/applications/{id}", id).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(REVISED).exchange()
                .expectStatus().isUnauthorized();
    }

    private String draft() {
        return web.post().uri("/api/applications").header("Authorization", "Bearer " + founder)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(ApplyingApiTest.DRAFT).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private WebTestClient.ResponseSpec revise(String id, String token, String ifMatch, String body) {
        return revision(id, token, ifMatch, body).exchange();
    }

    private WebTestClient.RequestHeadersSpec<?> revision(String id, String token, String ifMatch, String body) {
        return web.put().uri("/api/applications/{id}", id).header("Authorization", "Bearer " + token).header("If-Match", ifMatch)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body);
    }

    private Document stored(String id) {
        return mongo.findById(id, Document.class, "applications").block();
    }
}
