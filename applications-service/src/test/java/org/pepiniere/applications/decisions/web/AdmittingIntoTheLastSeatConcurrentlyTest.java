package org.pepiniere.applications.decisions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Many admissions at once into a cohort with one seat left admit exactly one: the embedded server has no
 * transactions, so it is one conditional update of the cohort's seats that decides, and every other admission is
 * refused as the cohort full, with nothing stored for it.
 */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class AdmittingIntoTheLastSeatConcurrentlyTest {

    private static final int RACERS = 6;
    private static final int ROUNDS = 15;

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @LocalServerPort
    int port;

    @Test
    void admitsOneOutOfManyRacingAdmissionsIntoTheLastSeat() {
        var call = new DecisionScenario(web, mongo);
        var client = WebClient.create("http://localhost:" + port);

        for (int round = 0; round < ROUNDS; round++) {
            String cohort = call.cohort(2);
            call.admit(call.reviewed("Déjà là " + round, 9).id(), cohort).expectStatus().isCreated();
            var racing = IntStream.range(0, RACERS).mapToObj(i -> call.reviewed("Course " + i, 8).id()).toList();

            var answers = Flux.fromIterable(racing)
                    .flatMap(id -> admit(client, call, id, cohort).subscribeOn(Schedulers.parallel()))
                    .collectList().block(Duration.ofSeconds(30));

            assertThat(answers).as("round %d", round).filteredOn(answer -> answer.status() == 201).hasSize(1);
            assertThat(answers).as("round %d", round).filteredOn(answer -> answer.status() != 201)
                    .hasSize(RACERS - 1)
                    .allSatisfy(answer -> {
                        assertThat(answer.status()).isEqualTo(409);
                        assertThat(answer.body().get("type")).isEqualTo("https://pepiniere.org/problems/cohort-full");
                    });
            String winner = answers.stream().filter(answer -> answer.status() == 201).findFirst().orElseThrow().applicationId();
            assertThat(storedDecisions(racing)).as("round %d", round).containsExactly(winner);
            var seats = mongo.findById(cohort, Document.class, "applications.cohort_seats").block();
            assertThat(seats.getInteger("taken")).as("round %d", round).isEqualTo(2);
            assertThat(seats.getList("seats", Document.class)).as("round %d", round).hasSize(2)
                    .extracting(seat -> seat.getString("applicationId")).contains(winner);
        }
    }

    private static Mono<Answer> admit(WebClient client, DecisionScenario call, String applicationId, String cohort) {
        return client.post().uri("/api/applications/{id}/decision", applicationId)
                .header("Authorization", "Bearer " + call.staff).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"decision": "ADMITTED", "cohortId": "%s", "reasonsFr": "Oui", "reasonsEn": "Yes"}""".formatted(cohort))
                .exchangeToMono(response -> response.bodyToMono(Map.class).defaultIfEmpty(Map.of())
                        .map(body -> new Answer(applicationId, response.statusCode().value(), body)));
    }

    private List<String> storedDecisions(List<String> applicationIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(applicationIds)), Document.class, "applications.decisions")
                .map(document -> document.getString("_id")).collectList().block();
    }

    record Answer(String applicationId, int status, Map<?, ?> body) {
    }
}
