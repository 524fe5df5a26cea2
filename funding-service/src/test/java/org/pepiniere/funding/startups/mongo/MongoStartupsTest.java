package org.pepiniere.funding.startups.mongo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.funding.startups.ApplicationId;
import org.pepiniere.funding.startups.Startup;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.test.StepVerifier;

@EmbeddedInfrastructure
class MongoStartupsTest {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T08:30:00Z");

    private static MongoClient client;
    private static MongoStartups startups;

    private final String incubator = "incubator-" + UUID.randomUUID();
    private final String app = "app-" + UUID.randomUUID() + "-";

    @BeforeAll
    static void connect(SharedInfrastructure infrastructure) {
        client = MongoClients.create(infrastructure.mongoConnectionString());
        startups = new MongoStartups(new ReactiveMongoTemplate(client, "funding-startups-test"));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void keepsTheFirstRecordOfAnApplication() {
        StepVerifier.create(startups.record(startup(incubator, app + 1, "Chlorofil", MONDAY_MORNING))).verifyComplete();

        StepVerifier.create(startups.record(startup(incubator, app + 1, "Renamed", MONDAY_MORNING.plusSeconds(60))))
                .verifyComplete();

        StepVerifier.create(startups.newestOf(incubator, 10))
                .expectNext(startup(incubator, app + 1, "Chlorofil", MONDAY_MORNING))
                .verifyComplete();
    }

    @Test
    void listsTheMostRecentlySubmittedFirstWithinTheLimit() {
        for (int hour = 0; hour < 3; hour++) {
            StepVerifier.create(startups.record(startup(incubator, app + hour, "Start-up " + hour,
                    MONDAY_MORNING.plus(Duration.ofHours(hour))))).verifyComplete();
        }

        var listed = startups.newestOf(incubator, 2).map(startup -> startup.applicationId().value());

        StepVerifier.create(listed).expectNext(app + 2, app + 1).verifyComplete();
    }

    @Test
    void neverListsTheStartupsOfAnotherIncubator() {
        String elsewhere = "incubator-" + UUID.randomUUID();
        StepVerifier.create(startups.record(startup(elsewhere, "app-" + UUID.randomUUID(), "Ailleurs", MONDAY_MORNING)))
                .verifyComplete();

        StepVerifier.create(startups.newestOf(incubator, 10)).verifyComplete();
    }

    @Test
    void refusesAnApplicationIdAlreadyKnownInAnotherIncubator() {
        String applicationId = "app-" + UUID.randomUUID();
        String elsewhere = "incubator-" + UUID.randomUUID();
        StepVerifier.create(startups.record(startup(elsewhere, applicationId, "Ailleurs", MONDAY_MORNING))).verifyComplete();

        StepVerifier.create(startups.record(startup(incubator, applicationId, "Chlorofil", MONDAY_MORNING)))
                .verifyError(DuplicateKeyException.class);

        StepVerifier.create(startups.newestOf(incubator, 10)).verifyComplete();
        StepVerifier.create(startups.newestOf(elsewhere, 10).map(Startup::name)).expectNext("Ailleurs").verifyComplete();
    }

    @Test
    void indexesTheListOfAnIncubator() {
        StepVerifier.create(startups.createIndexes()).verifyComplete();
    }

    private static Startup startup(String incubatorId, String applicationId, String name, Instant submittedAt) {
        return new Startup(new ApplicationId(applicationId), incubatorId, name, "CHEMISTRY", "PROTOTYPE", 15_000_000L, "EUR",
                submittedAt);
    }
}
