package org.pepiniere.mentoring.startups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepiniere.embedded.test.SubmittedApplications.MONDAY_MORNING;
import static org.pepiniere.embedded.test.SubmittedApplications.chlorofil;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.test.MongoCommands;
import org.pepiniere.embedded.test.ProjectedSubmissions;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.mentoring.MentoringIntegrationTest;
import org.pepiniere.mentoring.startups.mongo.MongoStartups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/**
 * Counts the MongoDB round trips the service makes for one submitted application, by command: the
 * work of the projection counted exactly, where a timing on a shared machine is noise. The sweeps are
 * slowed down so that only the work of the events is counted; the bound guards against a regression.
 */
@MentoringIntegrationTest
@Import(MongoCommands.Counting.class)
@TestPropertySource(properties = "pepiniere.outbox.sweep-interval=1h")
class RoundTripsPerSubmissionTest {

    private static final int SUBMISSIONS = 20;

    private final RelayedEvents events;
    private final String incubator = "incubator-" + UUID.randomUUID();

    @Autowired
    RoundTripsPerSubmissionTest(JsonMapper json) {
        this.events = new RelayedEvents(json);
    }

    @Test
    void recordsASubmittedApplicationInAFewRoundTrips(SharedInfrastructure infrastructure) {
        var counts = ProjectedSubmissions.count(infrastructure, "pepiniere-mentoring", MongoStartups.COLLECTION, SUBMISSIONS,
                id -> events.publish(chlorofil(incubator, id, MONDAY_MORNING)));

        System.out.println(counts.table("mentoring-service", "submitted application"));
        assertThat(counts.perUnit()).isLessThanOrEqualTo(2.0);
    }
}
