package org.pepiniere.applications.applying.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.MongoCommands;
import org.pepiniere.embedded.test.PublishedEvents;
import org.pepiniere.embedded.test.TestIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Counts the MongoDB round trips of one application, from its draft to its published
 * ApplicationSubmitted, by command: one founder at a time, then twenty at once (the commands of
 * writes made at the same time are shared). Counted exactly, where a timing on a shared machine is
 * noise; the sweep is slowed down so that only the submissions are counted. The bounds guard against
 * a regression.
 */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pepiniere.outbox.sweep-interval=1h")
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(MongoCommands.Counting.class)
class RoundTripsPerSubmissionTest {

    private static final int SUBMISSIONS = 20;
    private static final Duration QUIET = Duration.ofMillis(500);

    @Autowired
    WebTestClient web;

    private final String founder = TestIdentity.token(UUID.randomUUID().toString(), ApplyingApiTest.INCUBATOR, Role.FOUNDER);

    @Test
    void draftsAndSubmitsAnApplicationInAFewRoundTrips() {
        submitOneAfterTheOther(1);
        int mark = MongoCommands.mark();

        submitOneAfterTheOther(SUBMISSIONS);

        var counts = MongoCommands.since(mark, SUBMISSIONS);
        System.out.println(counts.table("applications-service, one founder at a time", "submitted application"));
        assertThat(counts.perUnit()).isLessThanOrEqualTo(6.0);
    }

    @Test
    void sharesRoundTripsBetweenFoundersSubmittingAtOnce() {
        submitOneAfterTheOther(1);
        int mark = MongoCommands.mark();

        // the founders' blocking calls get threads of their own: on Reactor's shared bounded-elastic scheduler (ten
        // threads a core) twenty of them would take every thread the service itself may need to answer them
        Scheduler founders = Schedulers.newBoundedElastic(SUBMISSIONS, SUBMISSIONS, "founders");
        List<String> ids;
        try {
            ids = Flux.range(0, SUBMISSIONS).flatMap(i -> Mono.fromSupplier(this::draftAndSubmit).subscribeOn(founders), SUBMISSIONS)
                    .collectList().block();
        } finally {
            founders.dispose();
        }
        awaitPublished(ids);

        var counts = MongoCommands.since(mark, SUBMISSIONS);
        System.out.println(counts.table("applications-service, twenty founders at once", "submitted application"));
        assertThat(counts.perUnit()).isLessThanOrEqualTo(6.0);
        long records = PublishedEvents.records(Topics.APPLICATIONS).stream().filter(record -> ids.contains(record.key())).count();
        System.out.printf("applications-service: %.2f Kafka records per submitted application%n", (double) records / SUBMISSIONS);
        assertThat(records).isEqualTo(SUBMISSIONS);
    }

    private void submitOneAfterTheOther(int count) {
        var ids = new java.util.ArrayList<String>();
        for (int i = 0; i < count; i++) {
            ids.add(draftAndSubmit());
        }
        awaitPublished(ids);
    }

    private String draftAndSubmit() {
        String id = web.post().uri("/api/applications").header("Authorization", "Bearer " + founder)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(ApplyingApiTest.DRAFT).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        web.post().uri("/api/applications/{id}/submit", id).header("Authorization", "Bearer " + founder).exchange()
                .expectStatus().isOk();
        return id;
    }

    private static void awaitPublished(List<String> ids) {
        ids.forEach(id -> PublishedEvents.awaitEvent(Topics.APPLICATIONS, EventTypes.APPLICATION_SUBMITTED, id));
        MongoCommands.awaitQuiet(QUIET);
    }
}
