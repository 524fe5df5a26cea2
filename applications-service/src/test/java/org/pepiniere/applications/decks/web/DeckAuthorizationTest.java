package org.pepiniere.applications.decks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepiniere.applications.decks.web.DeckFixture.pdf;
import static org.pepiniere.applications.decks.web.DeckFixture.sha256;

import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.TestIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;

/**
 * Who may upload, read and remove an application's deck: its founder uploads and removes it; its founder and
 * the staff of its incubator read it. A juror is not assigned any application yet, so reads nothing (404, as
 * for the application itself); roles that never read decks get 403; another founder or another incubator
 * learns nothing (404). Nothing any of them tries changes the stored deck.
 */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT60S")
class DeckAuthorizationTest {

    static final String INCUBATOR = "imt-mines-ales-enscm";

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    final String founder = token(INCUBATOR, Role.FOUNDER);
    final byte[] deck = pdf(40_000);
    String id;

    final Map<String, String> mayNotUpload = Map.of(
            "staff", token(INCUBATOR, Role.STAFF),
            "juror", token(INCUBATOR, Role.JUROR),
            "mentor", token(INCUBATOR, Role.MENTOR),
            "bank", token(INCUBATOR, Role.BANK),
            "staff of another incubator", token("another-incubator", Role.STAFF));
    final Map<String, String> strangers = Map.of(
            "another founder", token(INCUBATOR, Role.FOUNDER),
            "a founder of another incubator", token("another-incubator", Role.FOUNDER));

    @BeforeEach
    void draftAnApplicationWithItsDeck() {
        id = draftWithDeck();
    }

    @Test
    void letsOnlyItsFounderUpload() {
        mayNotUpload.forEach((who, token) -> upload(token).expectStatus().value(status -> assertThat(status).as(who).isEqualTo(403)));
        strangers.forEach((who, token) -> upload(token).expectStatus().value(status -> assertThat(status).as(who).isEqualTo(404)));

        assertThat(sha256(downloaded(founder))).isEqualTo(sha256(deck));
        assertThat(filesOfApplication()).isEqualTo(1);
    }

    @Test
    void letsOnlyItsFounderRemoveIt() {
        mayNotUpload.forEach((who, token) -> remove(token).expectStatus().value(status -> assertThat(status).as(who).isEqualTo(403)));
        strangers.forEach((who, token) -> remove(token).expectStatus().value(status -> assertThat(status).as(who).isEqualTo(404)));

        assertThat(filesOfApplication()).isEqualTo(1);
    }

    @Test
    void letsItsFounderAndTheStaffOfItsIncubatorDownloadIt() {
        assertThat(sha256(downloaded(founder))).isEqualTo(sha256(deck));
        assertThat(sha256(downloaded(token(INCUBATOR, Role.STAFF)))).isEqualTo(sha256(deck));
    }

    @Test
    void hidesItFromJurorsNotAssignedToTheApplication() {
        String juror = token(INCUBATOR, Role.JUROR);

        get("/deck", juror).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        get("/deck/info", juror).expectStatus().isNotFound();
        get("", juror).expectStatus().isNotFound();
    }

    @Test
    void hidesItFromAnotherFounderAndAnotherIncubator() {
        var outsiders = new java.util.HashMap<>(strangers);
        outsiders.put("staff of another incubator", token("another-incubator", Role.STAFF));

        outsiders.forEach((who, token) -> {
            get("/deck", token).expectStatus().value(status -> assertThat(status).as(who).isEqualTo(404));
            get("/deck/info", token).expectStatus().value(status -> assertThat(status).as(who).isEqualTo(404));
        });
    }

    @Test
    void refusesRolesThatNeverReadDecks() {
        for (Role role : new Role[] {Role.MENTOR, Role.BANK}) {
            get("/deck", token(INCUBATOR, role)).expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            get("/deck/info", token(INCUBATOR, role)).expectStatus().isForbidden();
        }
    }

    @Test
    void refusesRequestsWithoutAValidToken() {
        web.get().uri("/api/applications/{id}/deck", id).exchange().expectStatus().isUnauthorized();
        web.put().uri("/api/applications/{id}/deck", id).contentType(MediaType.APPLICATION_PDF).bodyValue(pdf(100)).exchange()
                .expectStatus().isUnauthorized();

        assertThat(filesOfApplication()).isEqualTo(1);
    }

    private static String token(String incubator, Role role) {
        return TestIdentity.token(UUID.randomUUID().toString(), incubator, role);
    }

    private WebTestClient.ResponseSpec upload(String token) {
        return web.put().uri("/api/applications/{id}/deck", id).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_PDF).bodyValue(pdf(1000)).exchange();
    }

    private WebTestClient.ResponseSpec remove(String token) {
        return web.delete().uri("/api/applications/{id}/deck", id).header("Authorization", "Bearer " + token).exchange();
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return web.get().uri("/api/applications/{id}" + path, id).header("Authorization", "Bearer " + token).exchange();
    }

    private byte[] downloaded(String token) {
        return get("/deck", token).expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
    }

    private String draftWithDeck() {
        String created = web.post().uri("/api/applications").header("Authorization", "Bearer " + founder)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"startupName\": \"Chlorofil\", \"summary\": \"Solvents.\", \"sector\": \"CHEMISTRY\", \"stage\": \"IDEA\"}")
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        web.put().uri("/api/applications/{id}/deck", created).header("Authorization", "Bearer " + founder)
                .contentType(MediaType.APPLICATION_PDF).bodyValue(deck).exchange().expectStatus().isCreated();
        return created;
    }

    private long filesOfApplication() {
        return mongo.getCollection("decks.files")
                .flatMapMany(files -> Flux.from(files.find(new Document("metadata.applicationId", id)))).count().block();
    }
}
