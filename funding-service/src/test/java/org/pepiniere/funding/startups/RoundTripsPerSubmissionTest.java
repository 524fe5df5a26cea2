package org.pepiniere.funding.startups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pepiniere.embedded.test.SubmittedApplications.MONDAY_MORNING;
import static org.pepiniere.embedded.test.SubmittedApplications.chlorofil;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.test.MongoCommands;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.funding.FundingIntegrationTest;
import org.pepiniere.funding.startups.mongo.MongoStartups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts the MongoDB round trips the service makes for one submitted application, by command: the
 * work of the projection counted exactly, where a timing on a shared machine is noise. The sweeps are
 * slowed down so that only the work of the events is counted; the bound guards against a regression.
 */
@FundingIntegrationTest
@Import(MongoCommands.Counting.class)
@TestPropertySource(properties = "pepiniere.outbox.sweep-interval=1h")
class RoundTripsPerSubmissionTest {

    private static final int SUBMISSIONS = 20;
    private static MongoClient watching;

    private final RelayedEvents events;
    private final String incubator = "incubator-" + UUID.randomUUID();

    @Autowired
    RoundTripsPerSubmissionTest(JsonMapper json) {
        this.events = new RelayedEvents(json);
    }

    @BeforeAll
    static void watch(SharedInfrastructure infrastructure) {
        watching = MongoClients.create(infrastructure.mongoConnectionString());
    }

    @AfterAll
    static void stopWatching() {
        watching.close();
    }

    @Test
    void recordsASubmittedApplicationInAFewRoundTrips() {
        submit(1);
        MongoCommands.awaitQuiet(Duration.ofMillis(500));
        int mark = MongoCommands.mark();

        submit(SUBMISSIONS);
        MongoCommands.awaitQuiet(Duration.ofMillis(500));

        var counts = MongoCommands.since(mark, SUBMISSIONS);
        System.out.println(counts.table("funding-service", "submitted application"));
        assertThat(counts.perUnit()).isLessThanOrEqualTo(2.0);
    }

    private void submit(int count) {
        List<String> ids = IntStream.range(0, count).mapToObj(i -> UUID.randomUUID().toString()).toList();
        ids.forEach(id -> events.publish(chlorofil(incubator, id, MONDAY_MORNING)));
        var startups = watching.getDatabase("pepiniere-funding").getCollection(MongoStartups.COLLECTION, Document.class);
        await().until(() -> Mono.from(startups.countDocuments(Filters.in("_id", ids))).block() == count);
    }
}
