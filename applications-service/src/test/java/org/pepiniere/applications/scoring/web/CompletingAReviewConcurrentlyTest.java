package org.pepiniere.applications.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.applications.scoring.Reviews;
import org.pepiniere.applications.scoring.ScoreApplication;
import org.pepiniere.applications.scoring.ScoreOutcome;
import org.pepiniere.applications.scoring.ScoreSheet;
import org.pepiniere.applications.scoring.ScoringApplication;
import org.pepiniere.contracts.scoring.ApplicationReviewCompleted;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Two last scores at once complete the review exactly once: the embedded server has no transactions, so it is one
 * conditional update of the review's progress that decides, and only one of the two finds the review still open.
 */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class CompletingAReviewConcurrentlyTest {

    private static final int APPLICATIONS = 16;
    private static final int RACERS = 8;
    private static final int ROUNDS = 30;

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    ScoringApplication scoring;

    @Autowired
    Reviews reviews;

    @Test
    void announcesTheCompletionOnceWhenTheLastTwoJurorsScoreAtTheSameTime() {
        var call = new ScoringScenario(web, mongo, 2, APPLICATIONS, 2);

        for (String application : call.applicationIds) {
            var outcomes = Flux.merge(call.jurorIds.stream().map(juror -> scoring.score(firstScore(call, application, juror))
                    .subscribeOn(Schedulers.parallel())).toList()).collectList().block(Duration.ofSeconds(30));
            assertThat(outcomes).allMatch(ScoreOutcome.Saved.class::isInstance);
        }

        for (String application : call.applicationIds) {
            assertThat(progress(application).getBoolean("completed")).as(application).isTrue();
            Awaitility.await().untilAsserted(() -> assertThat(ScoringApiTest.completedEvents(application)).hasSize(1));
        }
        // every event sent by then: a second completion would show beside the first
        Awaitility.await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        call.applicationIds.forEach(application -> assertThat(ScoringApiTest.completedEvents(application)).as(application).hasSize(1));
    }

    @Test
    void completesAReviewOnceOutOfManyRacingCompletions() {
        for (int round = 0; round < ROUNDS; round++) {
            String incubator = "race-" + UUID.randomUUID();
            String application = UUID.randomUUID().toString();
            reviews.scoredBy(incubator, "call", application, "juror-1")
                    .then(reviews.scoredBy(incubator, "call", application, "juror-2")).block();

            var completed = Flux.range(0, RACERS)
                    .flatMap(i -> reviews.complete(incubator, application, Set.of("juror-1", "juror-2"), completion(incubator, application))
                            .subscribeOn(Schedulers.parallel()))
                    .collectList().block(Duration.ofSeconds(30));

            assertThat(completed).as("round %d", round).hasSize(1);
        }
    }

    @Test
    void doesNotCompleteAReviewBeforeEveryJurorNamedHasScored() {
        String incubator = "race-" + UUID.randomUUID();
        String application = UUID.randomUUID().toString();
        reviews.scoredBy(incubator, "call", application, "juror-1").block();

        var completed = reviews.complete(incubator, application, Set.of("juror-1", "juror-2"), completion(incubator, application))
                .block(Duration.ofSeconds(10));

        assertThat(completed).isNull();
        assertThat(progress(application).getBoolean("completed")).isFalse();
    }

    private static ScoreApplication firstScore(ScoringScenario call, String application, String juror) {
        return new ScoreApplication(call.incubator, application, juror,
                new ScoreSheet(Map.of("innovation", 3, "team", 5), "Scored in a race."), null);
    }

    private static ApplicationReviewCompleted completion(String incubator, String application) {
        return new ApplicationReviewCompleted(UUID.randomUUID().toString(), application, Instant.now(), incubator, "call",
                List.of("juror-1", "juror-2"), 2);
    }

    private Document progress(String application) {
        return mongo.findById(application, Document.class, "applications.review_progress").block();
    }
}
