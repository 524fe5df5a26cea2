package org.pepiniere.applications.applying.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.applications.ApplicationWithdrawn;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.EventSchemas;
import org.pepiniere.embedded.test.PublishedEvents;
import org.pepiniere.embedded.test.TestIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A founder withdraws their own application, draft or submitted, once; nobody else can, and it is announced. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class WithdrawingApiTest {

    static final String INCUBATOR = ApplyingApiTest.INCUBATOR;

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    final String founderId = UUID.randomUUID().toString();
    final String founder = TestIdentity.token(founderId, INCUBATOR, Role.FOUNDER);

    @Test
    void withdrawsASubmittedApplicationAndAnnouncesItOnce() {
        String id = draft();
        web.post().uri("/api/applications/{id}/submit", id).header("Authorization", "Bearer " + founder).exchange()
                .expectStatus().isOk();

        withdraw(id, founder, "\"1\"").expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"2\"")
                .expectBody()
                .jsonPath("$.status").isEqualTo("WITHDRAWN")
                .jsonPath("$.withdrawnAt").isNotEmpty()
                .jsonPath("$.submittedAt").isNotEmpty();

        var event = PublishedEvents.awaitEvent(Topics.APPLICATIONS, EventTypes.APPLICATION_WITHDRAWN, id);
        EventSchemas.assertConforms(event);
        var data = PublishedEvents.data(event, ApplicationWithdrawn.class);
        assertThat(data.wasSubmitted()).isTrue();
        assertThat(data.founderId()).isEqualTo(founderId);
        assertThat(new String(event.getData().toBytes())).doesNotContain("Camille", "camille@chlorofil.fr", "ENSCM");
        Awaitility.await().until(() -> stored(id).getList("outbox", Object.class, List.of()).isEmpty());
        assertThat(PublishedEvents.ofType(Topics.APPLICATIONS, EventTypes.APPLICATION_WITHDRAWN))
                .filteredOn(e -> id.equals(e.getSubject())).hasSize(1);
    }

    @Test
    void withdrawsOnceAndAnnouncesOnceWhenTwoWithdrawalsArriveTogether() throws Exception {
        String id = draft();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        Callable<Integer> attempt = () -> {
            start.await();
            return withdraw(id, founder, null).returnResult(String.class).getStatus().value();
        };

        var first = pool.submit(attempt);
        var second = pool.submit(attempt);
        start.countDown();
        var statuses = List.of(first.get(), second.get());
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        PublishedEvents.awaitEvent(Topics.APPLICATIONS, EventTypes.APPLICATION_WITHDRAWN, id);
        Awaitility.await().until(() -> stored(id).getList("outbox", Object.class, List.of()).isEmpty());
        assertThat(PublishedEvents.ofType(Topics.APPLICATIONS, EventTypes.APPLICATION_WITHDRAWN))
                .filteredOn(e -> id.equals(e.getSubject())).hasSize(1);
        assertThat(stored(id).getLong("version")).isEqualTo(1);
    }

    @Test
    void withdrawsADraftWithoutANamedVersion() {
        String id = draft();

        withdraw(id, founder, null).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("WITHDRAWN");

        var event = PublishedEvents.awaitEvent(Topics.APPLICATIONS, EventTypes.APPLICATION_WITHDRAWN, id);
        assertThat(PublishedEvents.data(event, ApplicationWithdrawn.class).wasSubmitted()).isFalse();
    }

    @Test
    void refusesToWithdrawTwiceWithAConflict() {
        String id = draft();
        withdraw(id, founder, null).expectStatus().isOk();

        withdraw(id, founder, null).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/already-withdrawn")
                .jsonPath("$.detail").isEqualTo("Cette candidature a déjà été retirée ; elle ne peut plus changer.");

        assertThat(stored(id).getLong("version")).isEqualTo(1);
    }

    @Test
    void refusesToReviseOrSubmitAWithdrawnDraftInEnglishWhenAsked() {
        String id = draft();
        withdraw(id, founder, null).expectStatus().isOk();

        web.post().uri("/api/applications/{id}/submit", id).header("Authorization", "Bearer " + founder)
                .header("Accept-Language", "en").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").isEqualTo("This application was already withdrawn; it can no longer change.");
        web.put().uri("/api/applications/{id}", id).header("Authorization", "Bearer " + founder).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(ApplyingApiTest.DRAFT).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/already-withdrawn");

        assertThat(stored(id).getString("status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void refusesAStaleVersionAndKeepsTheApplication() {
        String id = draft();

        withdraw(id, founder, "\"7\"").expectStatus().isEqualTo(412)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/changed-meanwhile");
        withdraw(id, founder, "\"not-a-version\"").expectStatus().isEqualTo(412);

        assertThat(stored(id).getString("status")).isEqualTo("DRAFT");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "FOUNDER", mode = EnumSource.Mode.EXCLUDE)
    void letsNoOtherRoleWithdraw(Role role) {
        String id = draft();
        String token = TestIdentity.token(UUID.randomUUID().toString(), INCUBATOR, role);

        withdraw(id, token, null).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(stored(id).getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void hidesTheApplicationFromAnotherFounderOfTheSameIncubator() {
        String id = draft();
        String another = TestIdentity.token(UUID.randomUUID().toString(), INCUBATOR, Role.FOUNDER);

        withdraw(id, another, null).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/not-found");

        assertThat(stored(id).getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void hidesTheApplicationFromAnotherIncubatorEvenToTheSameUserId() {
        String id = draft();
        String elsewhere = TestIdentity.token(founderId, "another-incubator", Role.FOUNDER, Role.STAFF);

        withdraw(id, elsewhere, null).expectStatus().isNotFound();

        assertThat(stored(id).getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void answersAnUnknownApplicationWithNotFound() {
        withdraw("no-such-application", founder, null).expectStatus().isNotFound();
    }

    private String draft() {
        return web.post().uri("/api/applications").header("Authorization", "Bearer " + founder)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(ApplyingApiTest.DRAFT).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private WebTestClient.ResponseSpec withdraw(String id, String token, String ifMatch) {
        var request = web.post().uri("/api/applications/{id}/withdraw", id).header("Authorization", "Bearer " + token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.exchange();
    }

    private Document stored(String id) {
        return mongo.findById(id, Document.class, "applications").block();
    }
}
