package org.pepiniere.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

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

    /** Parsed strictly: a key written twice (as a bad merge leaves it) is refused, not silently overwritten. */
    @ParameterizedTest
    @MethodSource("types")
    void describesEveryTypeOnceWithItsSchemaOnAChannel(String type) throws IOException {
        Map<String, Object> document;
        try (InputStream in = resource("asyncapi.yaml")) {
            var options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            document = new Yaml(new SafeConstructor(options)).load(in);
        }
        Map<String, Map<String, Object>> messages = section(section(document, "components"), "messages");
        List<String> keys = messages.entrySet().stream().filter(message -> type.equals(message.getValue().get("name")))
                .map(Map.Entry::getKey).toList();

        assertThat(keys).as("messages named " + type).hasSize(1);
        assertThat(section(messages, keys.get(0))).extracting(message -> message.get("payload"))
                .isEqualTo(Map.of("$ref", "schemas/" + type + ".json"));
        Map<String, Map<String, Object>> channels = section(document, "channels");
        assertThat(channels.values()).as("a channel carrying " + type).anySatisfy(channel ->
                assertThat(section(channel, "messages").values()).contains(Map.of("$ref", "#/components/messages/" + keys.get(0))));
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> section(Map<String, ?> parent, String key) {
        assertThat(parent.get(key)).as(key).isInstanceOf(Map.class);
        return (Map<String, T>) parent.get(key);
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
