package org.pepiniere.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pepiniere.contracts.applications.ApplicationSubmitted;
import org.pepiniere.contracts.applications.ApplicationWithdrawn;
import org.pepiniere.contracts.calls.CallClosed;
import org.pepiniere.contracts.calls.CallOpened;
import org.pepiniere.contracts.decisions.ApplicationDecided;
import org.pepiniere.contracts.funding.FundingDecided;
import org.pepiniere.contracts.funding.TrancheReleased;
import org.pepiniere.contracts.identity.PartnerBankRegistered;
import org.pepiniere.contracts.identity.UserRegistered;
import org.pepiniere.contracts.jury.JurorsAssigned;
import org.pepiniere.contracts.mentoring.MentoringSessionLogged;
import org.pepiniere.contracts.scoring.ApplicationReviewCompleted;
import org.pepiniere.contracts.scoring.ApplicationScored;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The records, the JSON Schemas and the AsyncAPI document describe the same events. */
class CatalogueTest {

    static final Map<String, Class<? extends Record>> RECORDS = Map.ofEntries(
            Map.entry(EventTypes.USER_REGISTERED, UserRegistered.class),
            Map.entry(EventTypes.APPLICATION_SUBMITTED, ApplicationSubmitted.class),
            Map.entry(EventTypes.CALL_OPENED, CallOpened.class),
            Map.entry(EventTypes.CALL_CLOSED, CallClosed.class),
            Map.entry(EventTypes.APPLICATION_WITHDRAWN, ApplicationWithdrawn.class),
            Map.entry(EventTypes.JURORS_ASSIGNED, JurorsAssigned.class),
            Map.entry(EventTypes.APPLICATION_SCORED, ApplicationScored.class),
            Map.entry(EventTypes.APPLICATION_REVIEW_COMPLETED, ApplicationReviewCompleted.class),
            Map.entry(EventTypes.PARTNER_BANK_REGISTERED, PartnerBankRegistered.class),
            Map.entry(EventTypes.APPLICATION_DECIDED, ApplicationDecided.class),
            Map.entry(EventTypes.MENTORING_SESSION_LOGGED, MentoringSessionLogged.class),
            Map.entry(EventTypes.FUNDING_DECIDED, FundingDecided.class),
            Map.entry(EventTypes.TRANCHE_RELEASED, TrancheReleased.class));

    static Set<String> types() {
        return Set.copyOf(EventTypes.ALL);
    }

    @ParameterizedTest
    @MethodSource("types")
    void describesEveryRecordFieldInTheSchemaOfItsType(String type) throws IOException {
        JsonNode schema = JsonMapper.shared().readTree(resource(EventTypes.schemaPath(type)));

        var fields = Arrays.stream(RECORDS.get(type).getRecordComponents()).map(c -> c.getName()).collect(Collectors.toSet());

        assertThat(schema.get("properties").propertyNames()).containsExactlyInAnyOrderElementsOf(fields);
        assertThat(fields).contains("eventId", "incubatorId", "occurredAt");
    }

    @ParameterizedTest
    @MethodSource("types")
    void listsEveryTypeInTheAsyncApiDocument(String type) throws IOException {
        String asyncApi = new String(resource("asyncapi.yaml").readAllBytes(), StandardCharsets.UTF_8);

        assertThat(asyncApi).contains("name: " + type).contains("$ref: 'schemas/" + type + ".json'");
    }

    @ParameterizedTest
    @MethodSource("types")
    void implementsTheCommonEventShape(String type) {
        assertThat(IntegrationEvent.class).isAssignableFrom(RECORDS.get(type));
    }

    private static InputStream resource(String path) {
        InputStream in = CatalogueTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }
}
