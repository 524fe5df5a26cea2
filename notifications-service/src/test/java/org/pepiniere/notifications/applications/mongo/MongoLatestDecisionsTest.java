package org.pepiniere.notifications.applications.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

@EmbeddedInfrastructure
class MongoLatestDecisionsTest {

    private static MongoClient client;
    private static ReactiveMongoTemplate mongo;

    private final MongoLatestDecisions latest = new MongoLatestDecisions(mongo);
    private final String application = "app-" + UUID.randomUUID();

    @BeforeAll
    static void connect(SharedInfrastructure infrastructure) {
        client = MongoClients.create(infrastructure.mongoConnectionString());
        mongo = new ReactiveMongoTemplate(client, "notifications-decisions-" + UUID.randomUUID());
    }

    @AfterAll
    static void disconnect() {
        mongo.getMongoDatabase().flatMap(database -> Mono.from(database.drop())).block();
        client.close();
    }

    @Test
    void takesTheFirstDecisionOfAnApplication() {
        StepVerifier.create(latest.advance("incubator", application, 1, "event-1")).expectNext(true).verifyComplete();
    }

    @Test
    void takesAHigherSequence() {
        latest.advance("incubator", application, 1, "event-1").block();

        StepVerifier.create(latest.advance("incubator", application, 3, "event-3")).expectNext(true).verifyComplete();
    }

    @Test
    void refusesALowerSequenceAfterAHigherOne() {
        latest.advance("incubator", application, 2, "event-2").block();

        StepVerifier.create(latest.advance("incubator", application, 1, "event-1")).expectNext(false).verifyComplete();
    }

    @Test
    void refusesAnotherEventWithTheSameSequence() {
        latest.advance("incubator", application, 2, "event-2").block();

        StepVerifier.create(latest.advance("incubator", application, 2, "event-other")).expectNext(false).verifyComplete();
    }

    @Test
    void takesTheKeptEventAgainSoThatARedeliveryAfterAFailureFinishesItsEffects() {
        latest.advance("incubator", application, 2, "event-2").block();

        StepVerifier.create(latest.advance("incubator", application, 2, "event-2")).expectNext(true).verifyComplete();
    }

    @Test
    void keepsEachIncubatorsApplicationsApart() {
        latest.advance("incubator", application, 5, "event-5").block();

        StepVerifier.create(latest.advance("other-incubator", application, 1, "event-1")).expectNext(true).verifyComplete();
    }
}
