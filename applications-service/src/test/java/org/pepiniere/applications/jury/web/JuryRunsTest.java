package org.pepiniere.applications.jury.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.applications.jury.Assignment;
import org.pepiniere.applications.jury.Assignments;
import org.pepiniere.applications.jury.LoadRange;
import org.pepiniere.applications.jury.Pair;
import org.pepiniere.applications.jury.ScoredPairs;
import org.pepiniere.applications.jury.SolverThreads;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.jury.JurorsAssigned;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.PublishedEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What protects a saved assignment: scored pairs stay, two runs cannot both save, and a busy solver says so. */
@EmbeddedInfrastructure
@SpringBootTest(classes = {ApplicationsService.class, JuryRunsTest.Scores.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class JuryRunsTest {

    /** The scores a later feature will keep, given by hand per call. */
    @TestConfiguration
    static class Scores {

        static final Map<String, Set<Pair>> SCORED = new ConcurrentHashMap<>();

        @Bean
        @Primary
        ScoredPairs scoredByHand() {
            return (incubatorId, callId) -> Mono.just(SCORED.getOrDefault(callId, Set.of()));
        }
    }

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    Assignments assignments;

    @Autowired
    SolverThreads threads;

    @Test
    void keepsAScoredPairOnAReRunEvenWhenStaffForbidIt() {
        var call = new JuryScenario(web, mongo, 1, false);
        String application = call.submitted("Chimie Verte", "Mines Alès", "chemistry");
        String a = call.juror("A");
        call.juror("B");
        call.pool(List.of(), List.of());
        Scores.SCORED.put(call.callId, Set.of(new Pair(application, a)));

        call.run("{}").expectStatus().isOk().expectBody()
                .jsonPath("$.applications[0].jurors[0].jurorId").isEqualTo(a)
                .jsonPath("$.applications[0].jurors[0].origin").isEqualTo("LOCKED");
        call.run("{\"forbids\": [{\"applicationId\": \"" + application + "\", \"jurorId\": \"" + a + "\"}]}")
                .expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.obstacles[0].code").isEqualTo("forced-pair-excluded");
    }

    @Test
    void refusesALateConflictOnAScoredPair() {
        var call = new JuryScenario(web, mongo, 1, false);
        String application = call.submitted("Chimie Verte", "Mines Alès", "chemistry");
        String a = call.juror("A");
        call.pool(List.of(), List.of());
        Scores.SCORED.put(call.callId, Set.of(new Pair(application, a)));
        call.run("{}").expectStatus().isOk();

        web.post().uri("/api/jury/applications/{id}/conflict", application).header("Authorization", "Bearer " + call.jurorToken(a))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/pair-already-scored");

        call.assignment().expectBody().jsonPath("$.gaps.length()").isEqualTo(0);
    }

    @Test
    void savesOnlyOneOfTwoRunsFromTheSameVersion() {
        String callId = UUID.randomUUID().toString();
        String incubator = "runs-" + UUID.randomUUID();

        var saved = Flux.merge(save(callId, incubator, "run-1"), save(callId, incubator, "run-2")).collectList().block();

        assertThat(saved).hasSize(1);
        assertThat(assignments.find(incubator, callId).block().runId()).isEqualTo(saved.get(0).runId());
        var event = PublishedEvents.awaitEvent(Topics.APPLICATIONS, EventTypes.JURORS_ASSIGNED, callId);
        assertThat(PublishedEvents.data(event, JurorsAssigned.class).runId()).isEqualTo(saved.get(0).runId());
        assertThat(PublishedEvents.ofType(Topics.APPLICATIONS, EventTypes.JURORS_ASSIGNED).stream()
                .filter(e -> callId.equals(e.getSubject()))).hasSize(1);
    }

    @Test
    void answersABusySolverWithA503AndSavesNothing() throws InterruptedException {
        var call = new JuryScenario(web, mongo, 1, false);
        call.submitted("Chimie Verte", "Mines Alès", "chemistry");
        call.juror("A");
        call.pool(List.of(), List.of());
        var solver = threads.scheduler();
        var release = new CountDownLatch(1);
        var started = new CountDownLatch(1);
        // one run solving and two waiting fill the solver's thread and queue
        solver.schedule(() -> {
            started.countDown();
            await(release);
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        solver.schedule(() -> await(release));
        solver.schedule(() -> await(release));
        try {
            call.run("{}").expectStatus().isEqualTo(503)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/jury-solver-busy");
        } finally {
            release.countDown();
        }

        call.assignment().expectStatus().isNotFound();
    }

    private Mono<Assignment> save(String callId, String incubator, String runId) {
        var assignment = new Assignment(callId, incubator, runId, Instant.now(), "staff", List.of(), List.of(),
                new LoadRange(0, 1), 0, Set.of(), Set.of(), Map.of(), List.of(), 1);
        var event = new JurorsAssigned(UUID.randomUUID().toString(), callId, Instant.now(), incubator, runId, 1, List.of());
        return assignments.replace(assignment, 0, event);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
