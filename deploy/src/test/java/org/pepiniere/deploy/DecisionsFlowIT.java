package org.pepiniere.deploy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.embedded.ReceivedMail;
import org.pepiniere.embedded.test.EventSchemas;
import org.pepiniere.embedded.test.KafkaEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pipeline's end, through the gateway over real HTTP against the whole stack: three founders apply to a call, the
 * juror scores them with two at the top tied, staff draw the tie-break for the one seat and decide the three (admitted,
 * wait-listed, rejected). Each {@code ApplicationDecided} is checked against its schema; the founders' emails arrive;
 * the demo bank's receiver verifies each decision webhook and reads the start-up's name and amount only for the founder
 * who consented to share them with it; the cohort's dashboard lists the admitted start-up. When it withdraws, staff
 * promote the one waiting, whose decision is corrected with a higher sequence.
 */
@ExtendWith(SharedStack.class)
class DecisionsFlowIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String DEMO_BANK = DemoBankDecisionWebhooks.BANK_ID;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Stack stack;
    private static GatewayClient gateway;
    private static KafkaEvents kafka;
    private static String staff;
    private static DemoBankDecisionWebhooks demoBank;

    @BeforeAll
    static void subscribeTheDemoBankToDecisions(Stack shared) {
        stack = shared;
        gateway = new GatewayClient(stack.gatewayUrl());
        kafka = new KafkaEvents(stack.infrastructure().kafka().bootstrapServers());
        staff = gateway.login("staff@pepiniere.demo", Juror.DEMO_PASSWORD);
        demoBank = DemoBankDecisionWebhooks.subscribed(stack, gateway, "Décisions du jury");
    }

    @Test
    void staffBreakATieAtTheCutDecideThreeApplicationsAndEveryoneIsTold() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        OpenCall call = OpenCall.openedBy(gateway, staff, "Décisions " + suffix, 1, false);
        CallApplicant first = CallApplicant.submittedTo(gateway, call, "Solvants " + suffix, "Lab A " + suffix, List.of("chimie"));
        CallApplicant second = CallApplicant.submittedTo(gateway, call, "Levures " + suffix, "Lab B " + suffix, List.of("chimie"));
        CallApplicant third = CallApplicant.submittedTo(gateway, call, "Ferments " + suffix, "Lab C " + suffix, List.of("chimie"));
        // the first founder shares the start-up's name and amount with the demo bank, the others with nobody
        GatewayClient.Answer consent = gateway.put("/api/applications/" + first.applicationId() + "/consents/" + DEMO_BANK,
                first.token(), Map.of("granted", true), null);
        assertThat(consent.status()).as(consent.body()).isEqualTo(200);

        Juror juror = Juror.demo(gateway);
        CallJury jury = CallJury.of(gateway, staff, call.id());
        jury.keep(List.of(new CallJury.Member(juror, List.of("chimie"), "Jury " + suffix)));
        jury.assign();
        score(juror, first, 5, 10);
        score(juror, second, 5, 10);
        score(juror, third, 1, 2);
        for (CallApplicant applicant : List.of(first, second, third)) {
            awaitEvent(EventTypes.APPLICATION_REVIEW_COMPLETED, applicant.applicationId());
        }

        // one seat, two applications tied on it: the lottery orders them, and anyone can redo it from the seed
        GatewayClient.Answer draw = gateway.post("/api/calls/" + call.id() + "/tie-break", staff, Map.of("seats", 1));
        assertThat(draw.status()).as(draw.body()).isEqualTo(201);
        List<String> tied = texts(draw.json().path("tied"));
        assertThat(tied).containsExactlyInAnyOrder(first.applicationId(), second.applicationId());
        String seed = draw.json().path("seed").asText();
        List<String> redone = new ArrayList<>(tied);
        redone.sort(Comparator.comparing(id -> sha256(seed + ":" + id)));
        // the call's order at the cut: the tied ones as drawn, then the one below
        List<String> order = new ArrayList<>(redone);
        order.add(third.applicationId());
        assertThat(texts(draw.json().path("order"))).containsExactlyElementsOf(order);
        CallApplicant winner = redone.get(0).equals(first.applicationId()) ? first : second;
        CallApplicant waiting = winner == first ? second : first;

        String cohort = createCohort("Promotion " + suffix);
        decide(winner, "ADMITTED", cohort);
        decide(waiting, "WAITLISTED", null);
        decide(third, "REJECTED", null);
        GatewayClient.Answer twice = gateway.post("/api/applications/" + third.applicationId() + "/decision", staff,
                decision("ADMITTED", cohort));
        assertThat(twice.status()).as("decisions are final: " + twice.body()).isEqualTo(409);

        JsonNode admitted = decided(winner);
        JsonNode listed = decided(waiting);
        JsonNode rejected = decided(third);
        assertThat(admitted.path("decision").asText()).isEqualTo("ADMITTED");
        assertThat(admitted.path("cohortId").asText()).isEqualTo(cohort);
        assertThat(listed.path("decision").asText()).isEqualTo("WAITLISTED");
        assertThat(rejected.path("decision").asText()).isEqualTo("REJECTED");
        JsonNode ofFirst = first == winner ? admitted : listed;
        assertThat(ofFirst.path("disclosures").findValuesAsText("bankId")).containsExactly(DEMO_BANK);
        assertThat((first == winner ? listed : admitted).path("disclosures")).isEmpty();
        assertThat(rejected.path("disclosures")).isEmpty();

        assertThat(awaitMail(winner).subject()).isEqualTo("Candidature retenue");
        assertThat(awaitMail(waiting).subject()).isEqualTo("Candidature sur liste d'attente");
        assertThat(awaitMail(third).subject()).isEqualTo("Candidature non retenue");

        JsonNode toBankAboutFirst = demoBank.awaitAbout(ofFirst.path("startupReference").asText());
        assertThat(toBankAboutFirst.path("disclosure").path("startupName").asText()).isEqualTo(first.startupName());
        assertThat(toBankAboutFirst.path("disclosure").path("amountSoughtCents").asLong()).isEqualTo(15_000_000L);
        for (JsonNode other : List.of(first == winner ? listed : admitted, rejected)) {
            JsonNode toBank = demoBank.awaitAbout(other.path("startupReference").asText());
            assertThat(toBank.path("disclosure").isNull()).as("no consent, no name nor amount").isTrue();
            assertThat(toBank.toString()).doesNotContain(second.startupName(), third.startupName());
        }

        JsonNode dashboard = await("the cohort's dashboard lists the admitted start-up").atMost(EVENTUALLY)
                .until(() -> gateway.get("/api/cohorts/" + cohort + "/dashboard", staff).json(),
                        read -> read.path("startups").findValuesAsText("startupReference")
                                .contains(admitted.path("startupReference").asText()));
        assertThat(dashboard.path("startups").findValuesAsText("name")).containsExactly(winner.startupName());

        // the admitted start-up withdraws: its seat goes to the first one waiting, with a higher sequence
        GatewayClient.Answer withdrawn = gateway.post("/api/applications/" + winner.applicationId() + "/withdraw", winner.token(),
                Map.of());
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        GatewayClient.Answer promoted = gateway.post("/api/calls/" + call.id() + "/waitlist/promote", staff, Map.of("cohortId", cohort,
                "reasonsFr", "Une place s'est libérée.", "reasonsEn", "A seat became free."));
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(promoted.json().path("decision").asText()).isEqualTo("ADMITTED");
        assertThat(promoted.json().path("sequence").asInt()).isEqualTo(2);
        CloudEvent correction = await("the promotion's ApplicationDecided").atMost(EVENTUALLY)
                .until(() -> kafka.ofType(Topics.APPLICATIONS, EventTypes.APPLICATION_DECIDED).stream()
                        .filter(event -> waiting.applicationId().equals(data(event).path("applicationId").asText()))
                        .filter(event -> data(event).path("sequence").asInt() == 2)
                        .findFirst().orElse(null), event -> event != null);
        EventSchemas.assertConforms(correction);
        assertThat(data(correction).path("startupReference").asText()).isEqualTo(listed.path("startupReference").asText());
        GatewayClient.Answer nobody = gateway.post("/api/calls/" + call.id() + "/waitlist/promote", staff, Map.of("cohortId", cohort,
                "reasonsFr", "Une place s'est libérée.", "reasonsEn", "A seat became free."));
        assertThat(nobody.status()).as("nobody waits any more: " + nobody.body()).isEqualTo(409);
    }

    private static void score(Juror juror, CallApplicant applicant, int innovation, int team) {
        GatewayClient.Answer scored = gateway.put("/api/jury/applications/" + applicant.applicationId() + "/score", juror.token(),
                Map.of("marks", Map.of(OpenCall.CRITERIA.get(0), innovation, OpenCall.CRITERIA.get(1), team),
                        "comment", "Évalué sur la grille de l'appel."), null);
        assertThat(scored.status()).as(scored.body()).isEqualTo(201);
    }

    private static String createCohort(String name) {
        LocalDate start = LocalDate.now().plusMonths(1);
        GatewayClient.Answer created = gateway.post("/api/cohorts", staff, Map.of(
                "name", Map.of("fr", name, "en", name),
                "programme", Map.of("kind", "INCUBATION"),
                "startsOn", start.toString(),
                "endsOn", start.plusMonths(6).toString(),
                "capacity", 1));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static void decide(CallApplicant applicant, String outcome, String cohort) {
        GatewayClient.Answer decided = gateway.post("/api/applications/" + applicant.applicationId() + "/decision", staff,
                decision(outcome, cohort));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    }

    private static Map<String, Object> decision(String outcome, String cohort) {
        var body = new java.util.HashMap<String, Object>(Map.of("decision", outcome,
                "reasonsFr", "Décision du comité au vu du classement.", "reasonsEn", "The committee's decision, given the ranking."));
        if (cohort != null) {
            body.put("cohortId", cohort);
        }
        return body;
    }

    private static JsonNode decided(CallApplicant applicant) {
        return data(awaitEvent(EventTypes.APPLICATION_DECIDED, applicant.applicationId()));
    }

    private static CloudEvent awaitEvent(String type, String applicationId) {
        CloudEvent found = await(type + " of " + applicationId).atMost(EVENTUALLY)
                .until(() -> kafka.ofType(Topics.APPLICATIONS, type).stream()
                        .filter(event -> applicationId.equals(data(event).path("applicationId").asText()))
                        .findFirst().orElse(null), event -> event != null);
        EventSchemas.assertConforms(found);
        return found;
    }

    private static ReceivedMail awaitMail(CallApplicant founder) {
        return await("the decision's email to " + founder.email()).atMost(EVENTUALLY)
                .until(() -> stack.infrastructure().smtp().receivedBy(founder.email()).stream()
                        .filter(mail -> mail.subject().startsWith("Candidature ") && !mail.subject().startsWith("Candidature reçue"))
                        .findFirst().orElse(null), mail -> mail != null);
    }

    private static JsonNode data(CloudEvent event) {
        try {
            return JSON.readTree(new String(event.getData().toBytes(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError("the data of " + event.getType() + " is not JSON", e);
        }
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
