package org.pepiniere.applications.calls.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.bson.Document;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Who may do what with a call: staff everything in their incubator, the others read what is published, nobody sees another incubator's. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class CallsAccessTest {

    static final String INCUBATOR = "access-" + UUID.randomUUID();
    static final String CALL = CallsApiTest.CALL;

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    final String staff = TestIdentity.token(UUID.randomUUID().toString(), INCUBATOR, Role.STAFF);
    final String otherStaff = TestIdentity.token(UUID.randomUUID().toString(), "another-incubator", Role.STAFF);

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "STAFF", mode = EnumSource.Mode.EXCLUDE)
    void letsOnlyStaffPrepareEditOpenAndCloseCalls(Role role) {
        String token = TestIdentity.token(UUID.randomUUID().toString(), INCUBATOR, role);
        String draft = prepare();
        String open = opened();
        long before = count();

        create(token).expectStatus().isForbidden().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        edit(draft, token).expectStatus().isForbidden();
        act(draft, "open", token).expectStatus().isForbidden();
        act(open, "close", token).expectStatus().isForbidden();

        assertThat(count()).isEqualTo(before);
        assertThat(stored(draft).getLong("version")).isZero();
        assertThat(stored(open).getString("status")).isEqualTo("OPEN");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "STAFF", mode = EnumSource.Mode.EXCLUDE)
    void showsEveryoneElseTheOpenCallsOnly(Role role) {
        String token = TestIdentity.token(UUID.randomUUID().toString(), INCUBATOR, role);
        String draft = prepare();
        String open = opened();

        read(draft, token).expectStatus().isNotFound();
        read(open, token).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("OPEN");
        web.get().uri("/api/calls").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.id == '" + open + "')]").exists()
                .jsonPath("$[?(@.id == '" + draft + "')]").doesNotExist()
                .jsonPath("$[?(@.status != 'OPEN')]").doesNotExist();
    }

    @Test
    void showsStaffEveryCallOfTheirIncubator() {
        String draft = prepare();
        String open = opened();

        read(draft, staff).expectStatus().isOk();
        web.get().uri("/api/calls?limit=200").header("Authorization", "Bearer " + staff).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.id == '" + draft + "')].status").isEqualTo("DRAFT")
                .jsonPath("$[?(@.id == '" + open + "')].status").isEqualTo("OPEN");
    }

    @Test
    void hidesCallsFromStaffOfAnotherIncubator() {
        String draft = prepare();
        String open = opened();

        read(draft, otherStaff).expectStatus().isNotFound();
        read(open, otherStaff).expectStatus().isNotFound();
        edit(draft, otherStaff).expectStatus().isNotFound();
        act(draft, "open", otherStaff).expectStatus().isNotFound();
        act(open, "close", otherStaff).expectStatus().isNotFound();
        web.get().uri("/api/calls?limit=200").header("Authorization", "Bearer " + otherStaff).exchange()
                .expectBody().jsonPath("$[?(@.incubatorId == '" + INCUBATOR + "')]").doesNotExist();

        assertThat(stored(draft).getString("status")).isEqualTo("DRAFT");
        assertThat(stored(open).getString("status")).isEqualTo("OPEN");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "STAFF", mode = EnumSource.Mode.EXCLUDE)
    void hidesAnOpenCallFromEveryoneOfAnotherIncubator(Role role) {
        String open = opened();

        read(open, TestIdentity.token(UUID.randomUUID().toString(), "another-incubator", role)).expectStatus().isNotFound();
    }

    @Test
    void refusesCallsWithoutAValidToken() {
        long before = count();

        web.get().uri("/api/calls").exchange().expectStatus().isUnauthorized();
        web.post().uri("/api/calls").contentType(MediaType.APPLICATION_JSON).bodyValue(CALL).exchange()
                .expectStatus().isUnauthorized();
        create(TestIdentity.expiredToken(UUID.randomUUID().toString(), INCUBATOR, Role.STAFF)).expectStatus().isUnauthorized();

        assertThat(count()).isEqualTo(before);
    }

    private String prepare() {
        return create(staff).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private String opened() {
        String id = prepare();
        act(id, "open", staff).expectStatus().isOk();
        return id;
    }

    private WebTestClient.ResponseSpec create(String token) {
        return web.post().uri("/api/calls").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CALL).exchange();
    }

    private WebTestClient.ResponseSpec read(String id, String token) {
        return web.get().uri("/api/calls/{id}", id).header("Authorization", "Bearer " + token).exchange();
    }

    private WebTestClient.ResponseSpec edit(String id, String token) {
        return web.put().uri("/api/calls/{id}", id).header("Authorization", "Bearer " + token).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CALL.replace("\"seats\": 8", "\"seats\": 12")).exchange();
    }

    private WebTestClient.ResponseSpec act(String id, String action, String token) {
        return web.post().uri("/api/calls/{id}/" + action, id).header("Authorization", "Bearer " + token).exchange();
    }

    private Document stored(String id) {
        return mongo.findById(id, Document.class, "calls").block();
    }

    private long count() {
        return mongo.getCollection("calls").flatMap(c -> reactor.core.publisher.Mono.from(c.countDocuments())).block();
    }
}
