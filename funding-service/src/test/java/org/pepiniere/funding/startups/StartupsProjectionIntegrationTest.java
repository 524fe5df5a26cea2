package org.pepiniere.funding.startups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static org.pepiniere.embedded.test.SubmittedApplications.MONDAY_MORNING;
import static org.pepiniere.embedded.test.SubmittedApplications.chlorofil;
import static org.pepiniere.embedded.test.SubmittedApplications.renamed;
import static org.pepiniere.embedded.test.SubmittedApplications.republished;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.applications.ApplicationWithdrawn;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.ConsumerLag;
import org.pepiniere.embedded.test.PublishedEvents;
import org.pepiniere.embedded.test.TestEvents;
import org.pepiniere.embedded.test.TestIdentity;
import org.pepiniere.funding.FundingIntegrationTest;
import org.pepiniere.funding.startups.StartupsClient.Listed;
import org.pepiniere.platform.events.RejectedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.json.JsonMapper;

@FundingIntegrationTest
class StartupsProjectionIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final StartupsClient startups;
    private final RelayedEvents events;
    private final JsonMapper json;

    private final String incubator = "incubator-" + UUID.randomUUID();
    private final String staff = TestIdentity.token("staff-1", incubator, Role.STAFF);

    @Autowired
    StartupsProjectionIntegrationTest(WebTestClient web, JsonMapper json) {
        this.startups = new StartupsClient(web);
        this.events = new RelayedEvents(json);
        this.json = json;
    }

    @Test
    void showsASubmittedApplicationToTheIncubatorsStaff() {
        var submitted = chlorofil(incubator, id(), MONDAY_MORNING);

        events.publish(submitted);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(startups.list(staff)).containsExactly(
                new Listed(submitted.applicationId(), "Chlorofil", "CHEMISTRY", "PROTOTYPE", 15_000_000L, "EUR", MONDAY_MORNING)));
    }

    @Test
    void keepsOneEntryWhenTheSameSubmissionArrivesAgain() {
        var submitted = chlorofil(incubator, id(), MONDAY_MORNING);
        var event = events.of(submitted);

        events.publish(event);
        events.publish(event);
        events.publish(renamed(republished(submitted), "Chlorofil, republished"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ConsumerLag.of("funding-service", Topics.APPLICATIONS)).isZero());
        assertThat(startups.list(staff)).extracting(Listed::applicationId, Listed::startupName)
                .containsExactly(tuple(submitted.applicationId(), "Chlorofil"));
    }

    @Test
    void listsTheMostRecentlySubmittedFirstWithinTheLimit() {
        var first = chlorofil(incubator, id(), MONDAY_MORNING);
        var second = chlorofil(incubator, id(), MONDAY_MORNING.plusSeconds(3600));
        var third = chlorofil(incubator, id(), MONDAY_MORNING.plusSeconds(7200));
        List.of(first, second, third).forEach(events::publish);
        await().atMost(PATIENCE).until(() -> startups.list(staff).size() == 3);

        var listed = startups.list(staff, "?limit=2");

        assertThat(listed).extracting(Listed::applicationId).containsExactly(third.applicationId(), second.applicationId());
    }

    @Test
    void neverShowsAnotherIncubatorsStartups() {
        String elsewhere = "incubator-" + UUID.randomUUID();
        String staffElsewhere = TestIdentity.token("staff-2", elsewhere, Role.STAFF);

        events.publish(chlorofil(elsewhere, id(), MONDAY_MORNING));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(startups.list(staffElsewhere)).hasSize(1));
        assertThat(startups.list(staff)).isEmpty();
    }

    @Test
    void readsAnApplicationSubmittedOfTheFirstShapeAndPassesOverAWithdrawal() {
        String id = id();
        String firstShape = """
                {"eventId": "%s", "applicationId": "%s", "occurredAt": "2026-03-02T08:30:00Z", "incubatorId": "%s",
                 "founderId": "founder-1", "startupName": "Ancienne", "sector": "CHEMISTRY", "stage": "IDEA"}
                """.formatted(UUID.randomUUID(), id, incubator);
        var withdrawn = new ApplicationWithdrawn(UUID.randomUUID().toString(), id, MONDAY_MORNING.plusSeconds(60), incubator, null,
                "founder-1", "Ancienne", true);

        events.publish(TestEvents.event(EventTypes.APPLICATION_SUBMITTED, id, incubator, firstShape));
        events.publish(TestEvents.event(EventTypes.APPLICATION_WITHDRAWN, id, incubator, json.writeValueAsString(withdrawn)));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ConsumerLag.of("funding-service", Topics.APPLICATIONS)).isZero());
        assertThat(startups.list(staff)).extracting(Listed::applicationId, Listed::startupName).containsExactly(tuple(id, "Ancienne"));
    }

    @Test
    void deadLettersAnEventWhoseDataNamesAnotherIncubatorThanItsEnvelope() {
        var forged = chlorofil("incubator-" + UUID.randomUUID(), id(), MONDAY_MORNING);
        var event = TestEvents.event(EventTypes.APPLICATION_SUBMITTED, forged.applicationId(), incubator, json.writeValueAsString(forged));

        events.publish(event);

        await().atMost(PATIENCE).until(() -> PublishedEvents.records(Topics.deadLetter("funding-service")).stream()
                .anyMatch(record -> forged.applicationId().equals(record.key()) && refusedForItsTenant(record)));
        assertThat(startups.list(staff)).isEmpty();
    }

    @Test
    void readsAnEventThatGainedFieldsItDoesNotKnow() {
        var submitted = chlorofil(incubator, id(), MONDAY_MORNING);
        String data = json.writeValueAsString(submitted).replaceFirst("\\{", "{\"pitchDeckPages\": 12, ");

        events.publish(TestEvents.event(EventTypes.APPLICATION_SUBMITTED, submitted.applicationId(), incubator, data));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(startups.list(staff)).extracting(Listed::applicationId)
                .containsExactly(submitted.applicationId()));
    }

    private static boolean refusedForItsTenant(ConsumerRecord<String, byte[]> record) {
        var cause = record.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN);
        // refused by the platform's consumer, before the projection's own check could run
        return cause != null && RejectedEvent.class.getName().equals(new String(cause.value(), StandardCharsets.UTF_8));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
