package org.pepiniere.embedded.test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.applications.ApplicationSubmitted;
import org.pepiniere.contracts.applications.ApplicationWithdrawn;
import org.pepiniere.contracts.calls.CallClosed;
import org.pepiniere.contracts.calls.CallOpened;
import org.pepiniere.contracts.jury.JurorsAssigned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventSchemasTest {

    private static final String INCUBATOR = "imt-mines-ales-enscm";

    @Test
    void acceptsAValidApplicationSubmitted() {
        ApplicationSubmitted submitted = new ApplicationSubmitted(UUID.randomUUID().toString(), "app-1", Instant.now(), INCUBATOR,
                null, "founder-1", "Chimie Verte", "CHEMISTRY", "PROTOTYPE", 15_000_000L, "EUR");
        CloudEvent event = TestEvents.event(EventTypes.APPLICATION_SUBMITTED, "app-1", INCUBATOR, submitted);

        assertThatCode(() -> EventSchemas.assertConforms(event)).doesNotThrowAnyException();
    }

    @Test
    void acceptsAnApplicationSubmittedWithNeedsAffiliationsAndProgramme() {
        assertThatCode(() -> EventSchemas.assertConforms(TestEvents.event(EventTypes.APPLICATION_SUBMITTED, "app-1", INCUBATOR,
                SubmittedApplications.chlorofil(INCUBATOR)))).doesNotThrowAnyException();
    }

    @Test
    void rejectsAnApplicationSubmittedWithAnOversizedNeedOrAnUnknownProgramme() {
        assertThat(EventSchemas.violations(EventTypes.APPLICATION_SUBMITTED, """
                {"eventId": "%s", "applicationId": "app-1", "occurredAt": "2026-11-23T10:15:30Z",
                 "incubatorId": "imt-mines-ales-enscm", "founderId": "f-1", "startupName": "Chimie Verte",
                 "sector": "CHEMISTRY", "stage": "IDEA", "needs": ["%s"], "programme": "BOOTCAMP"}
                """.formatted(UUID.randomUUID(), "x".repeat(41)))).hasSize(2)
                .anyMatch(v -> v.contains("needs")).anyMatch(v -> v.contains("programme"));
    }

    @Test
    void acceptsAValidApplicationWithdrawn() {
        var withdrawn = new ApplicationWithdrawn(UUID.randomUUID().toString(), "app-1", Instant.now(), INCUBATOR, null, "founder-1",
                "Chimie Verte", true);

        assertThatCode(() -> EventSchemas.assertConforms(TestEvents.event(EventTypes.APPLICATION_WITHDRAWN, "app-1", INCUBATOR,
                withdrawn))).doesNotThrowAnyException();
    }

    @Test
    void rejectsAnApplicationSubmittedWithoutStartupNameAndListsTheViolation() {
        Map<String, Object> data = Map.of("eventId", UUID.randomUUID().toString(), "applicationId", "app-1",
                "occurredAt", Instant.now().toString(), "incubatorId", INCUBATOR, "founderId", "founder-1",
                "sector", "CHEMISTRY", "stage", "PROTOTYPE");
        CloudEvent event = TestEvents.event(EventTypes.APPLICATION_SUBMITTED, "app-1", INCUBATOR, data);

        assertThatThrownBy(() -> EventSchemas.assertConforms(event))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("startupName");
    }

    @Test
    void rejectsAnEventIdThatIsNotAUuid() {
        assertThat(EventSchemas.violations(EventTypes.APPLICATION_SUBMITTED, """
                {"eventId": "not-a-uuid", "applicationId": "app-1", "occurredAt": "2026-11-23T10:15:30Z",
                 "incubatorId": "imt-mines-ales-enscm", "founderId": "f-1", "startupName": "Chimie Verte",
                 "sector": "CHEMISTRY", "stage": "IDEA"}
                """)).singleElement().asString().contains("eventId");
    }

    @Test
    void rejectsAnEventWhoseIncubatorExtensionDiffersFromItsData() {
        ApplicationSubmitted submitted = new ApplicationSubmitted(UUID.randomUUID().toString(), "app-1", Instant.now(), INCUBATOR,
                null, "founder-1", "Chimie Verte", "CHEMISTRY", "IDEA", null, null);
        CloudEvent event = TestEvents.event(EventTypes.APPLICATION_SUBMITTED, "app-1", "another-incubator", submitted);

        assertThat(EventSchemas.violations(event)).singleElement().asString().contains("incubatorid");
    }

    @Test
    void acceptsAValidCallOpened() {
        Instant opens = Instant.parse("2027-01-05T08:00:00Z");
        CallOpened opened = new CallOpened(UUID.randomUUID().toString(), "call-1", Instant.now(), INCUBATOR, "Accélération 2027",
                "Acceleration 2027", "ACCELERATION", "Village by CA", opens, opens.plusSeconds(86_400), opens.plusSeconds(172_800),
                8, 3, true);

        assertThatCode(() -> EventSchemas.assertConforms(TestEvents.event(EventTypes.CALL_OPENED, "call-1", INCUBATOR, opened)))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsACallOpenedWithoutSeatsOrWithAnUnknownProgramme() {
        assertThat(EventSchemas.violations(EventTypes.CALL_OPENED, """
                {"eventId": "%s", "callId": "call-1", "occurredAt": "2026-11-23T10:15:30Z", "incubatorId": "imt-mines-ales-enscm",
                 "titleFr": "Appel", "titleEn": "Call", "programme": "BOOTCAMP", "opensAt": "2027-01-05T08:00:00Z",
                 "closesAt": "2027-02-05T08:00:00Z", "reviewDeadline": "2027-03-05T08:00:00Z", "reviewsPerApplication": 3,
                 "blindReview": false}
                """.formatted(UUID.randomUUID()))).hasSize(2).anyMatch(v -> v.contains("seats")).anyMatch(v -> v.contains("programme"));
    }

    @Test
    void acceptsAValidCallClosedOfAnIncubationCall() {
        CallClosed closed = new CallClosed(UUID.randomUUID().toString(), "call-1", Instant.now(), INCUBATOR, "Incubation 2027",
                "Incubation 2027", "INCUBATION", null, Instant.parse("2027-03-05T08:00:00Z"));

        assertThatCode(() -> EventSchemas.assertConforms(TestEvents.event(EventTypes.CALL_CLOSED, "call-1", INCUBATOR, closed)))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptsAValidJurorsAssigned() {
        JurorsAssigned assigned = new JurorsAssigned(UUID.randomUUID().toString(), "call-1", Instant.now(), INCUBATOR, "run-1", 2,
                java.util.List.of(new JurorsAssigned.AssignedPair("app-1", "juror-1"), new JurorsAssigned.AssignedPair("app-1", "juror-2")));

        assertThatCode(() -> EventSchemas.assertConforms(TestEvents.event(EventTypes.JURORS_ASSIGNED, "call-1", INCUBATOR, assigned)))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsAJurorsAssignedWithoutVersionOrWithAPairMissingItsJuror() {
        assertThat(EventSchemas.violations(EventTypes.JURORS_ASSIGNED, """
                {"eventId": "%s", "callId": "call-1", "occurredAt": "2026-11-23T10:15:30Z", "incubatorId": "imt-mines-ales-enscm",
                 "runId": "run-1", "pairs": [{"applicationId": "app-1"}]}
                """.formatted(UUID.randomUUID()))).hasSize(2).anyMatch(v -> v.contains("version")).anyMatch(v -> v.contains("jurorId"));
    }
}
