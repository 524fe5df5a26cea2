package org.pepiniere.notifications.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.applications.ApplicationWithdrawn;
import org.pepiniere.contracts.decisions.ApplicationDecided;
import org.pepiniere.contracts.decisions.ApplicationDecided.Decision;
import org.pepiniere.contracts.decisions.ApplicationDecided.Disclosure;
import org.pepiniere.embedded.ReceivedMail;
import org.pepiniere.embedded.test.EventSchemas;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.embedded.test.TestEvents;
import org.pepiniere.embedded.test.TestUser;
import org.pepiniere.notifications.NotificationsTestBase;
import org.pepiniere.notifications.WebhookReceiver;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;

import com.standardwebhooks.Webhook;

import io.cloudevents.CloudEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Staff decided an application: the founder is told in their language, each subscribed bank only what it may know. */
class ApplicationDecidedIntegrationTest extends NotificationsTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String REASONS_FR = "Équipe solide et marché bien étudié.";
    private static final String REASONS_EN = "A strong team and a well-studied market.";

    private final List<WebhookReceiver> receivers = new ArrayList<>();

    @AfterEach
    void stopReceivers() {
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void emailsAnAdmittedFounderInFrenchWithTheCohortAndTheFrenchReasons() {
        var founder = founder("fr");
        publishIdentity(userRegistered(founder));

        publishApplication(decided(founder, "app-admis", 1, Decision.ADMITTED, "cohorte-printemps", List.of()));

        var mail = await().atMost(WAIT).until(() -> mailsTo(founder), mails -> !mails.isEmpty()).get(0);
        assertThat(mail.subject()).isEqualTo("Candidature retenue");
        assertThat(mail.text()).contains("Bonjour Camille Martin", "rejoint la cohorte « cohorte-printemps »", REASONS_FR)
                .doesNotContain(REASONS_EN);
        assertThat(mail.html()).contains("lang=\"fr\"", "Équipe solide");
    }

    @Test
    void emailsARejectedFounderInEnglishWithTheEnglishReasons() {
        var founder = founder("en");
        publishIdentity(userRegistered(founder));

        publishApplication(decided(founder, "app-rejected", 1, Decision.REJECTED, null, List.of()));

        var mail = await().atMost(WAIT).until(() -> mailsTo(founder), mails -> !mails.isEmpty()).get(0);
        assertThat(mail.subject()).isEqualTo("Application not selected");
        assertThat(mail.text()).contains("Hello Camille Martin", "has not been selected", REASONS_EN).doesNotContain(REASONS_FR);
    }

    @Test
    void addsTheDecisionToTheFoundersFeedInTheirLanguage() {
        var founder = founder("fr");
        publishIdentity(userRegistered(founder));

        publishApplication(decided(founder, "app-attente", 1, Decision.WAITLISTED, null, List.of()));

        var feed = await().atMost(WAIT).until(() -> feedOf(founder), entries -> !entries.isEmpty());
        assertThat(feed).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("type", "application-decided").containsEntry("title", "Candidature sur liste d'attente");
            assertThat((String) entry.get("body")).contains(REASONS_FR);
        });
    }

    @Test
    void sendsEachSubscribedBankItsOwnDisclosureAndNothingOfAnotherBanks() throws Exception {
        var consented = receiver();
        var other = receiver();
        String consentedSecret = subscribe(bank("credit-agricole-demo"), consented);
        String otherSecret = subscribe(bank("bnp-demo"), other);
        var founder = founder("fr");
        publishIdentity(userRegistered(founder));

        publishApplication(decided(founder, "app-banks", 1, Decision.ADMITTED, "cohort-1", List.of(
                new Disclosure("credit-agricole-demo", "ChimieVerte", 12_000_000L, "EUR"),
                new Disclosure("societe-generale-demo", "ChimieVerte", 99_000_000L, "EUR"))));

        await().atMost(WAIT).until(() -> consented.received().size() == 1 && other.received().size() == 1);
        JsonNode toConsented = verified(consented.received().get(0), consentedSecret);
        JsonNode toOther = verified(other.received().get(0), otherSecret);
        assertThat(toConsented.get("type").asString()).isEqualTo(EventTypes.APPLICATION_DECIDED);
        JsonNode data = toConsented.get("data");
        assertThat(data.get("decision").asString()).isEqualTo("ADMITTED");
        assertThat(data.get("sequence").asInt()).isEqualTo(1);
        assertThat(data.get("cohortId").asString()).isEqualTo("cohort-1");
        assertThat(data.get("callId").asString()).isEqualTo("call-1");
        assertThat(data.get("startupReference").asString()).isEqualTo("su-app-banks");
        assertThat(data.get("disclosure").get("startupName").asString()).isEqualTo("ChimieVerte");
        assertThat(data.get("disclosure").get("amountSoughtCents").asLong()).isEqualTo(12_000_000L);
        assertThat(data.get("disclosure").get("currency").asString()).isEqualTo("EUR");
        assertThat(toOther.get("data").get("disclosure").isNull()).isTrue();
        assertThat(toOther.get("data").get("startupReference").asString()).isEqualTo("su-app-banks");
        assertThat(other.received().get(0).body()).doesNotContain("ChimieVerte", "99000000", "12000000");
        assertThat(consented.received().get(0).body())
                .doesNotContain("99000000", "societe-generale", founder.userId(), REASONS_FR, REASONS_EN, founder.email());
    }

    @Test
    void announcesNothingOfADecisionOlderThanOrAsOldAsTheNewestHandled() {
        var receiver = receiver();
        subscribe(bank("credit-agricole-demo"), receiver);
        var founder = founder("en");
        publishIdentity(userRegistered(founder));
        var disclosures = List.of(new Disclosure("credit-agricole-demo", "Late", 1_000L, "EUR"));
        publishApplication(decided(founder, "app-order", 2, Decision.ADMITTED, "cohort-2", disclosures));
        await().atMost(WAIT).until(() -> mailsTo(founder).size() == 1 && receiver.received().size() == 1);

        publishApplication(decided(founder, "app-order", 1, Decision.REJECTED, null, disclosures));
        publishApplication(decided(founder, "app-order", 2, Decision.WAITLISTED, null, disclosures));
        publishApplication(withdrawnDraft(founder, "app-order"));

        // The withdrawal is on the same key, so once its entry is in the feed both older decisions were handled.
        await().atMost(WAIT).until(() -> feedOf(founder).size() == 2);
        assertThat(feedOf(founder)).extracting(entry -> entry.get("title"))
                .containsExactlyInAnyOrder("Application accepted", "Application withdrawn");
        await().atMost(WAIT).until(() -> mailsTo(founder).size() == 2);
        assertThat(mailsTo(founder)).extracting(ReceivedMail::subject)
                .containsExactlyInAnyOrder("Application accepted", "Application withdrawn: Late");
        assertThat(receiver.received()).singleElement().satisfies(request -> assertThat(request.body()).contains("ADMITTED"));
    }

    @Test
    void announcesACorrectionWithAHigherSequence() {
        var founder = founder("fr");
        publishIdentity(userRegistered(founder));
        publishApplication(decided(founder, "app-corrected", 1, Decision.WAITLISTED, null, List.of()));
        await().atMost(WAIT).until(() -> feedOf(founder).size() == 1);

        publishApplication(decided(founder, "app-corrected", 2, Decision.ADMITTED, "cohort-3", List.of()));

        await().atMost(WAIT).until(() -> feedOf(founder).size() == 2);
        assertThat(feedOf(founder)).extracting(entry -> entry.get("title"))
                .containsExactlyInAnyOrder("Candidature sur liste d'attente", "Candidature retenue");
    }

    @Test
    void handlesTheSameDecisionDeliveredTwiceAsOnce() {
        var receiver = receiver();
        subscribe(bank("credit-agricole-demo"), receiver);
        var founder = founder("fr");
        publishIdentity(userRegistered(founder));
        var decision = decided(founder, "app-twice", 1, Decision.ADMITTED, "cohort-4", List.of());

        publishApplication(decision);
        publishApplication(decision);
        publishApplication(withdrawnDraft(founder, "app-twice"));

        await().atMost(WAIT).until(() -> feedOf(founder).size() == 2 && mailsTo(founder).size() == 2
                && !receiver.received().isEmpty());
        assertThat(feedOf(founder)).extracting(entry -> entry.get("type"))
                .containsExactlyInAnyOrder("application-decided", "application-withdrawn");
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void readsADecisionCarryingFieldsItDoesNotKnowYet() {
        var founder = founder("en");
        publishIdentity(userRegistered(founder));
        Map<String, Object> later = new LinkedHashMap<>();
        later.put("eventId", UUID.randomUUID().toString());
        later.put("applicationId", "app-later");
        later.put("occurredAt", Instant.now().toString());
        later.put("incubatorId", incubatorId);
        later.put("sequence", 1);
        later.put("decision", "WAITLISTED");
        later.put("startupReference", "su-later");
        later.put("founderId", founder.userId());
        later.put("reasonsFr", REASONS_FR);
        later.put("reasonsEn", REASONS_EN);
        later.put("disclosures", List.of());
        later.put("waitListRank", 2);
        CloudEvent event = TestEvents.event(EventTypes.APPLICATION_DECIDED, "app-later", incubatorId, later);
        EventSchemas.assertConforms(event);

        publishApplication(event);

        var mail = await().atMost(WAIT).until(() -> mailsTo(founder), mails -> !mails.isEmpty()).get(0);
        assertThat(mail.subject()).isEqualTo("Application on the waiting list");
    }

    private CloudEvent decided(TestUser founder, String applicationId, int sequence, Decision decision, String cohortId,
            List<Disclosure> disclosures) {
        var data = new ApplicationDecided(UUID.randomUUID().toString(), applicationId, Instant.now(), founder.incubatorId(), "call-1",
                sequence, decision, cohortId, "su-" + applicationId, founder.userId(), REASONS_FR, REASONS_EN, disclosures);
        var event = TestEvents.event(EventTypes.APPLICATION_DECIDED, applicationId, founder.incubatorId(), data);
        EventSchemas.assertConforms(event);
        return event;
    }

    private static CloudEvent withdrawnDraft(TestUser founder, String applicationId) {
        var data = new ApplicationWithdrawn(UUID.randomUUID().toString(), applicationId, Instant.now(), founder.incubatorId(), null,
                founder.userId(), "Late", false);
        return TestEvents.event(EventTypes.APPLICATION_WITHDRAWN, applicationId, founder.incubatorId(), data);
    }

    private WebhookReceiver receiver() {
        try {
            var receiver = WebhookReceiver.start();
            receivers.add(receiver);
            return receiver;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String subscribe(TestUser bank, WebhookReceiver receiver) {
        var created = postEndpoint(bank, Map.of("url", receiver.url(), "eventTypes", List.of(EventTypes.APPLICATION_DECIDED)))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("secret");
    }

    private static JsonNode verified(WebhookReceiver.Received request, String secret) throws Exception {
        new Webhook(secret).verify(request.body(), request.headers());
        return JsonMapper.shared().readTree(request.body());
    }

    private static List<ReceivedMail> mailsTo(TestUser user) {
        return SharedInfrastructure.get().smtp().receivedBy(user.email());
    }

    private List<Map<String, Object>> feedOf(TestUser user) {
        return web.get().uri("/api/notifications")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + user.token())
                .exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .returnResult().getResponseBody();
    }
}
