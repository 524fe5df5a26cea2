package org.pepiniere.notifications.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.applications.ApplicationWithdrawn;
import org.pepiniere.embedded.ReceivedMail;
import org.pepiniere.embedded.test.EventSchemas;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.embedded.test.TestEvents;
import org.pepiniere.embedded.test.TestUser;
import org.pepiniere.notifications.NotificationsTestBase;
import org.pepiniere.notifications.WebhookReceiver;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;

import io.cloudevents.CloudEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A founder withdrew an application: they are told by email and in their feed; banks only of a submitted one. */
class ApplicationWithdrawnIntegrationTest extends NotificationsTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private WebhookReceiver receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void emailsTheFounderInFrench() {
        var founder = founder("fr");
        publishIdentity(userRegistered(founder));

        publishApplication(withdrawn(founder, "app-fr", "ChimieVerte", true));

        var mail = await().atMost(WAIT).until(() -> mailsTo(founder), mails -> !mails.isEmpty()).get(0);
        assertThat(mail.subject()).isEqualTo("Candidature retirée : ChimieVerte");
        assertThat(mail.text()).contains("Bonjour Camille Martin", "Personne ne l'évaluera");
        assertThat(mail.html()).contains("<strong>ChimieVerte</strong>");
    }

    @Test
    void addsAnEntryToTheFoundersFeedInTheirLanguage() {
        var founder = founder("en");
        publishIdentity(userRegistered(founder));

        publishApplication(withdrawn(founder, "app-feed", "FeedCo", false));

        var feed = await().atMost(WAIT).until(() -> feedOf(founder), entries -> !entries.isEmpty());
        assertThat(feed).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("type", "application-withdrawn").containsEntry("title", "Application withdrawn");
            assertThat((String) entry.get("body")).contains("FeedCo");
        });
        await().atMost(WAIT).until(() -> mailsTo(founder), mails -> !mails.isEmpty());
        assertThat(mailsTo(founder)).singleElement().extracting(ReceivedMail::subject).isEqualTo("Application withdrawn: FeedCo");
    }

    @Test
    void tellsASubscribedBankOfASubmittedApplicationWithdrawnUnderItsReferenceAndNothingOfADraft() throws Exception {
        receiver = WebhookReceiver.start();
        var bank = bank("credit-agricole-demo");
        postEndpoint(bank, Map.of("url", receiver.url(),
                "eventTypes", List.of(EventTypes.APPLICATION_SUBMITTED, EventTypes.APPLICATION_WITHDRAWN)))
                .expectStatus().isCreated();
        var founder = founder("fr");
        publishIdentity(userRegistered(founder));
        publishApplication(applicationSubmitted(founder, "app-left", "Partie"));
        await().atMost(WAIT).until(() -> receiver.received().size() == 1);

        publishApplication(withdrawn(founder, "app-draft", "Brouillon", false));
        publishApplication(withdrawn(founder, "app-left", "Partie", true));

        await().atMost(WAIT).until(() -> feedOf(founder).size() == 3 && receiver.received().size() >= 2);
        assertThat(receiver.received()).hasSize(2);
        JsonNode submitted = JsonMapper.shared().readTree(receiver.received().get(0).body());
        JsonNode left = JsonMapper.shared().readTree(receiver.received().get(1).body());
        assertThat(left.get("type").asString()).isEqualTo(EventTypes.APPLICATION_WITHDRAWN);
        assertThat(left.get("data").get("startupRef").asString()).isEqualTo(submitted.get("data").get("startupRef").asString());
        assertThat(receiver.received().get(1).body())
                .doesNotContain("Partie", "app-left", founder.userId(), founder.email(), founder.name());
    }

    @Test
    void stillReadsAnApplicationSubmittedPublishedBeforeNeedsAffiliationsAndProgrammeExisted() {
        var founder = founder("fr");
        publishIdentity(userRegistered(founder));
        Map<String, Object> firstShape = new LinkedHashMap<>();
        firstShape.put("eventId", UUID.randomUUID().toString());
        firstShape.put("applicationId", "app-old");
        firstShape.put("occurredAt", Instant.now().toString());
        firstShape.put("incubatorId", incubatorId);
        firstShape.put("founderId", founder.userId());
        firstShape.put("startupName", "Ancienne");
        firstShape.put("sector", "CHEMISTRY");
        firstShape.put("stage", "IDEA");
        CloudEvent old = TestEvents.event(EventTypes.APPLICATION_SUBMITTED, "app-old", incubatorId, firstShape);
        EventSchemas.assertConforms(old);

        publishApplication(old);

        var mail = await().atMost(WAIT).until(() -> mailsTo(founder), mails -> !mails.isEmpty()).get(0);
        assertThat(mail.subject()).isEqualTo("Candidature reçue : Ancienne");
    }

    private CloudEvent withdrawn(TestUser founder, String applicationId, String startupName, boolean wasSubmitted) {
        var data = new ApplicationWithdrawn(UUID.randomUUID().toString(), applicationId, Instant.now(), founder.incubatorId(), null,
                founder.userId(), startupName, wasSubmitted);
        var event = TestEvents.event(EventTypes.APPLICATION_WITHDRAWN, applicationId, founder.incubatorId(), data);
        EventSchemas.assertConforms(event);
        return event;
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
