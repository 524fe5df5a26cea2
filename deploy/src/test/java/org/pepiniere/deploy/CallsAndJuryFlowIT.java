package org.pepiniere.deploy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.embedded.test.EventSchemas;
import org.pepiniere.embedded.test.KafkaEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pipeline's heart end to end, on the whole stack started as the launcher starts it, over real HTTP through the
 * gateway: staff open a call with a blind review (k = 1), two founders submit complete applications with their decks,
 * two jurors make themselves known, staff keep the pool and run the assignment, each juror reads only their own
 * application, and a conflict found late leaves a gap that a re-run fills. The events are checked against their
 * schemas as they arrive in Kafka.
 *
 * Then two jurors score: one application's pair, once scored, stays through a re-run that gives the other to a third
 * juror, and each review completes once, read by staff in the call's ranking.
 *
 * <p>The flow is one test so that each step starts where the previous one left off.
 */
@ExtendWith(SharedStack.class)
class CallsAndJuryFlowIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String LAB = "Laboratoire de chimie de Lyon";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static GatewayClient gateway;
    private static KafkaEvents kafka;
    private static String staff;

    /** Where the assignment leaves the flow: the call, its two applications, the jurors, and who reviews what. */
    record Assigned(OpenCall call, CallJury jury, CallApplicant inLab, CallApplicant elsewhere, Juror demo, Juror second) {
    }

    @BeforeAll
    static void useTheSharedStack(Stack stack) {
        gateway = new GatewayClient(stack.gatewayUrl());
        kafka = new KafkaEvents(stack.infrastructure().kafka().bootstrapServers());
        staff = gateway.login("staff@pepiniere.demo", Juror.DEMO_PASSWORD);
    }

    @Test
    void aCallIsOpenedAppliedToAndItsJuryAssigned() {
        Assigned assigned = assignTheJury(openACallAndApply());

        eachJurorReadsOnlyTheirApplicationWithoutItsTeam(assigned);
        aConflictFoundLateLeavesAGapThatARerunFills(assigned);
        twoJurorsScoreAndEachReviewCompletesOnce(assigned);
    }

    private static Assigned openACallAndApply() {
        OpenCall call = OpenCall.openedBy(gateway, staff, "Chimie verte " + shortId(), 1, true);
        assertConforms(kafka.awaitEvent(Topics.APPLICATIONS, EventTypes.CALL_OPENED, call.id(), EVENTUALLY));

        // the demo juror works at the lab of the first team: a conflict the assignment derives
        CallApplicant inLab = applyWithADeck(call, "Solvants Verts " + shortId(), LAB, List.of("chimie"));
        CallApplicant elsewhere = applyWithADeck(call, "Levure Locale " + shortId(), "IMT Mines Alès", List.of("levée de fonds"));

        Juror demo = Juror.demo(gateway);
        Juror second = Juror.createdBy(gateway, staff, "Marie Curie");
        GatewayClient.Answer known = gateway.get("/api/jury/jurors", staff);
        assertThat(known.status()).as(known.body()).isEqualTo(200);
        assertThat(known.json().findValuesAsText("jurorId")).contains(demo.id(), second.id());
        return new Assigned(call, CallJury.of(gateway, staff, call.id()), inLab, elsewhere, demo, second);
    }

    private static CallApplicant applyWithADeck(OpenCall call, String startup, String affiliation, List<String> needs) {
        CallApplicant applicant = CallApplicant.drafting(gateway, call, "Camille Durand", startup, affiliation, needs)
                .withDeck("pitch-" + startup.replace(' ', '-') + ".pdf");

        GatewayClient.Answer submitted = applicant.submit();

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().path("status").asText()).isEqualTo("SUBMITTED");
        CloudEvent event = kafka.awaitEvent(Topics.APPLICATIONS, EventTypes.APPLICATION_SUBMITTED, applicant.applicationId(),
                EVENTUALLY);
        assertConforms(event);
        assertThat(data(event).path("callId").asText()).isEqualTo(call.id());
        return applicant;
    }

    private static Assigned assignTheJury(Assigned flow) {
        GatewayClient.Answer pool = flow.jury().keep(List.of(
                new CallJury.Member(flow.demo(), List.of("chimie"), LAB),
                new CallJury.Member(flow.second(), List.of("levée de fonds"), "Bpifrance")));
        assertThat(pool.json().path("members")).hasSize(2);

        GatewayClient.Answer saved = flow.jury().assign();

        // balanced loads of one each, and the demo juror kept away from the lab's team
        assertThat(jurorsOf(saved.json(), flow.inLab())).containsExactly(flow.second().id());
        assertThat(jurorsOf(saved.json(), flow.elsewhere())).containsExactly(flow.demo().id());
        assertThat(saved.json().path("jurors").findValuesAsText("load")).containsOnly("1");
        JsonNode event = awaitJurorsAssigned(flow.call(), saved.json().path("version").asLong());
        assertThat(event.path("pairs")).hasSize(2);
        return flow;
    }

    private static void eachJurorReadsOnlyTheirApplicationWithoutItsTeam(Assigned flow) {
        String application = flow.inLab().applicationId();

        GatewayClient.Answer read = gateway.get("/api/jury/applications/" + application, flow.second().token());
        GatewayClient.Answer deck = gateway.get("/api/applications/" + application + "/deck", flow.second().token());
        GatewayClient.Answer deckInfo = gateway.get("/api/applications/" + application + "/deck/info", flow.second().token());
        GatewayClient.Answer notTheirs = gateway.get("/api/jury/applications/" + application, flow.demo().token());
        GatewayClient.Answer notTheirDeck = gateway.get("/api/applications/" + application + "/deck", flow.demo().token());

        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("blind").asBoolean()).isTrue();
        assertThat(read.json().path("startupName").asText()).isEqualTo(flow.inLab().startupName());
        assertThat(read.json().path("answers").path(OpenCall.IMPACT_QUESTION).asText()).isNotBlank();
        assertThat(read.json().path("team").isMissingNode() || read.json().path("team").isNull()).isTrue();
        assertThat(read.body()).doesNotContain(CallApplicant.TEAM_MEMBER, flow.inLab().email(), flow.inLab().founderName(), LAB);
        assertThat(deck.status()).isEqualTo(200);
        assertThat(deck.body()).startsWith("%PDF-");
        // the founder named the file after the start-up: a juror reads it under a neutral name
        assertThat(deck.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("pitch-deck-" + application + ".pdf").doesNotContain("Solvants"));
        assertThat(deckInfo.status()).as(deckInfo.body()).isEqualTo(200);
        assertThat(deckInfo.json().path("filename").isNull() || deckInfo.json().path("filename").isMissingNode()).isTrue();
        assertThat(notTheirs.status()).as(notTheirs.body()).isEqualTo(404);
        assertThat(notTheirDeck.status()).as(notTheirDeck.body()).isEqualTo(404);
        assertThat(flow.second().assignments(gateway).json().findValuesAsText("applicationId")).contains(application)
                .doesNotContain(flow.elsewhere().applicationId());
    }

    private static void aConflictFoundLateLeavesAGapThatARerunFills(Assigned flow) {
        String application = flow.elsewhere().applicationId();
        GatewayClient.Answer left = gateway.post("/api/jury/applications/" + application + "/conflict", flow.demo().token(), Map.of());
        assertThat(left.status()).as(left.body()).isEqualTo(200);
        GatewayClient.Answer withGap = flow.jury().assignment();
        assertThat(withGap.json().path("gaps").findValuesAsText("applicationId")).containsExactly(application);
        assertThat(jurorsOf(withGap.json(), flow.elsewhere())).isEmpty();

        // with both applications closed to the demo juror, loads of one each cannot hold: the report says why
        GatewayClient.Answer balanced = flow.jury().run(0, List.of(), List.of(), withGap.etag());
        assertThat(balanced.status()).as(balanced.body()).isEqualTo(422);
        assertThat(balanced.json().path("obstacles").findValuesAsText("text")).isNotEmpty();
        GatewayClient.Answer refilled = flow.jury().run(1, List.of(), List.of(), withGap.etag());

        assertThat(refilled.status()).as(refilled.body()).isEqualTo(200);
        assertThat(refilled.json().path("gaps")).isEmpty();
        assertThat(jurorsOf(refilled.json(), flow.elsewhere())).containsExactly(flow.second().id());
        assertThat(jurorsOf(refilled.json(), flow.inLab())).containsExactly(flow.second().id());
        JsonNode event = awaitJurorsAssigned(flow.call(), refilled.json().path("version").asLong());
        assertThat(event.path("pairs").findValuesAsText("jurorId")).containsOnly(flow.second().id());
    }

    private static void twoJurorsScoreAndEachReviewCompletesOnce(Assigned flow) {
        String inLab = flow.inLab().applicationId();
        String elsewhere = flow.elsewhere().applicationId();
        GatewayClient.Answer first = score(flow.second(), inLab, 5, 8, null);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.etag()).isEqualTo("\"1\"");
        GatewayClient.Answer revised = score(flow.second(), inLab, 4, 8, first.etag());
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        GatewayClient.Answer stale = score(flow.second(), inLab, 3, 8, first.etag());
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(scoredEvents(inLab)).extracting(event -> event.path("revision").asLong()).containsExactlyInAnyOrder(1L, 2L);
        JsonNode completed = awaitReviewCompleted(inLab);
        assertThat(texts(completed.path("jurorIds"))).containsExactly(flow.second().id());

        // a third juror joins; a re-run pinning them to the other application keeps the pair already scored
        Juror third = Juror.createdBy(gateway, staff, "Ada Lovelace");
        flow.jury().keep(List.of(
                new CallJury.Member(flow.demo(), List.of("chimie"), LAB),
                new CallJury.Member(flow.second(), List.of("levée de fonds"), "Bpifrance"),
                new CallJury.Member(third, List.of("levée de fonds"), "Région Occitanie")));
        GatewayClient.Answer read = flow.jury().assignment();
        GatewayClient.Answer rerun = flow.jury().run(1, List.of(List.of(elsewhere, third.id())), List.of(), read.etag());
        assertThat(rerun.status()).as(rerun.body()).isEqualTo(200);
        assertThat(jurorsOf(rerun.json(), flow.inLab())).containsExactly(flow.second().id());
        assertThat(jurorsOf(rerun.json(), flow.elsewhere())).containsExactly(third.id());
        // the one who no longer reviews it cannot score it
        assertThat(score(flow.second(), elsewhere, 2, 2, null).status()).isEqualTo(404);

        GatewayClient.Answer other = score(third, elsewhere, 2, 9, null);
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        JsonNode otherCompleted = awaitReviewCompleted(elsewhere);
        assertThat(texts(otherCompleted.path("jurorIds"))).containsExactly(third.id());
        // each review completed exactly once, the revision included
        assertThat(kafka.ofType(Topics.APPLICATIONS, EventTypes.APPLICATION_REVIEW_COMPLETED).stream()
                .filter(event -> List.of(inLab, elsewhere).contains(data(event).path("applicationId").asText())))
                .hasSize(2);

        GatewayClient.Answer ranking = gateway.get("/api/calls/" + flow.call().id() + "/ranking", staff);
        assertThat(ranking.status()).as(ranking.body()).isEqualTo(200);
        assertThat(ranking.json().path("applications").findValuesAsText("applicationId")).containsExactlyInAnyOrder(inLab, elsewhere);
        GatewayClient.Answer notForJurors = gateway.get("/api/calls/" + flow.call().id() + "/ranking", third.token());
        assertThat(notForJurors.status()).isEqualTo(403);
    }

    private static List<String> texts(JsonNode array) {
        var texts = new java.util.ArrayList<String>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static GatewayClient.Answer score(Juror juror, String applicationId, int innovation, int team, @Nullable String ifMatch) {
        return gateway.put("/api/jury/applications/" + applicationId + "/score", juror.token(), Map.of(
                "marks", Map.of(OpenCall.CRITERIA.get(0), innovation, OpenCall.CRITERIA.get(1), team),
                "comment", "Marché clair, équipe à compléter."), ifMatch);
    }

    /** The ApplicationScored events of an application once both revisions arrived, each checked against its schema. */
    private static List<JsonNode> scoredEvents(String applicationId) {
        List<CloudEvent> found = await("ApplicationScored of " + applicationId).atMost(EVENTUALLY)
                .until(() -> kafka.ofType(Topics.APPLICATIONS, EventTypes.APPLICATION_SCORED).stream()
                        .filter(event -> applicationId.equals(data(event).path("applicationId").asText())).toList(),
                        events -> events.size() >= 2);
        found.forEach(CallsAndJuryFlowIT::assertConforms);
        return found.stream().map(CallsAndJuryFlowIT::data).toList();
    }

    private static JsonNode awaitReviewCompleted(String applicationId) {
        CloudEvent found = await("ApplicationReviewCompleted of " + applicationId).atMost(EVENTUALLY)
                .until(() -> kafka.ofType(Topics.APPLICATIONS, EventTypes.APPLICATION_REVIEW_COMPLETED).stream()
                        .filter(event -> applicationId.equals(data(event).path("applicationId").asText()))
                        .findFirst().orElse(null), event -> event != null);
        assertConforms(found);
        return data(found);
    }

    private static List<String> jurorsOf(JsonNode assignment, CallApplicant applicant) {
        for (JsonNode reviewed : assignment.path("applications")) {
            if (reviewed.path("applicationId").asText().equals(applicant.applicationId())) {
                return reviewed.path("jurors").findValuesAsText("jurorId");
            }
        }
        throw new AssertionError(applicant.startupName() + " is not in the assignment: " + assignment);
    }

    /** A call's runs each publish JurorsAssigned about the call; the one of this version, checked against its schema. */
    private static JsonNode awaitJurorsAssigned(OpenCall call, long version) {
        CloudEvent found = await("JurorsAssigned version " + version + " of " + call.id()).atMost(EVENTUALLY)
                .until(() -> kafka.ofType(Topics.APPLICATIONS, EventTypes.JURORS_ASSIGNED).stream()
                        .filter(event -> call.id().equals(event.getSubject()))
                        .filter(event -> data(event).path("version").asLong() == version)
                        .findFirst().orElse(null), event -> event != null);
        assertConforms(found);
        return data(found);
    }

    private static void assertConforms(CloudEvent event) {
        EventSchemas.assertConforms(event);
    }

    private static JsonNode data(CloudEvent event) {
        try {
            return JSON.readTree(new String(event.getData().toBytes(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError("the data of " + event.getType() + " is not JSON", e);
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
