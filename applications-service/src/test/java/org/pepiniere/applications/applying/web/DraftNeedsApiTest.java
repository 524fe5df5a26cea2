package org.pepiniere.applications.applying.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.TestIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A draft's needs are expertise tags: kept in one written form, few and short, refused with a problem naming the tag. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class DraftNeedsApiTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    final String founderId = UUID.randomUUID().toString();
    final String founder = TestIdentity.token(founderId, ApplyingApiTest.INCUBATOR, Role.FOUNDER);

    @Test
    void keepsTheNeedsInOneWrittenFormEachOnce() {
        create(withNeeds("[\"  Levée  de Fonds\", \"chimie\", \"CHIMIE\"]")).expectStatus().isCreated()
                .expectBody().jsonPath("$.needs").isEqualTo(List.of("levée de fonds", "chimie"));
    }

    @Test
    void replacesTheNeedsWithARevision() {
        String id = create(withNeeds("[\"chimie\"]")).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();

        web.put().uri("/api/applications/{id}", id).header("Authorization", "Bearer " + founder).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(withNeeds("[\"industrialisation\"]")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.needs").isEqualTo(List.of("industrialisation"));
    }

    @Test
    void readsADraftWithoutNeedsAsHavingNone() {
        create(ApplyingApiTest.DRAFT).expectStatus().isCreated().expectBody().jsonPath("$.needs").isEmpty();
    }

    @Test
    void refusesATagLongerThanFortyCharacters() {
        long before = count();

        create(withNeeds("[\"chimie\", \"" + "x".repeat(41) + "\"]")).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("needs[1]");

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void refusesMoreThanTenTags() {
        long before = count();
        var eleven = new StringBuilder("[");
        for (int i = 0; i < 11; i++) {
            eleven.append(i == 0 ? "" : ", ").append("\"besoin ").append(i).append('"');
        }

        create(withNeeds(eleven + "]")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("needs");

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void refusesATagThatIsAnOperatorOrAPathAndSaysWhatATagIs() {
        long before = count();

        create(withNeeds("[\"$where\", \"a.b\"]")).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains("needs[0]", "needs[1]"))
                .jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason).contains("levée de fonds"));

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void refusesATagThatIsNotText() {
        create(withNeeds("[{\"$gt\": \"\"}]")).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static String withNeeds(String needs) {
        return ApplyingApiTest.DRAFT.replace("\"answers\":", "\"needs\": " + needs + ", \"answers\":");
    }

    private WebTestClient.ResponseSpec create(String body) {
        return web.post().uri("/api/applications").header("Authorization", "Bearer " + founder)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private long count() {
        return mongo.count(Query.query(Criteria.where("founderId").is(founderId)), "applications").block();
    }
}
