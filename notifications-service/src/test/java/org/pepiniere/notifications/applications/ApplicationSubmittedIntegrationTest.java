package org.pepiniere.notifications.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.embedded.ReceivedMail;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.embedded.test.TestUser;
import org.pepiniere.notifications.NotificationsTestBase;
import org.pepiniere.notifications.WebhookReceiver;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;

import com.standardwebhooks.Webhook;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApplicationSubmittedIntegrationTest extends NotificationsTestBase {

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

        publishApplication(applicationSubmitted(founder, "app-fr", "ChimieVerte"));

        var mail = awaitMailTo(founder);
        assertThat(mail.subject()).isEqualTo("Candidature reçue : ChimieVerte");
        assertThat(mail.from()).isEqualTo("no-reply@pepiniere.local");
        assertThat(mail.text()).contains("Bonjour Camille Martin");
        assertThat(mail.html()).contains("<strong>ChimieVerte</strong>");
    }

    @Test
    void emailsAnEnglishSpeakingFounderInEnglish() {
        var founder = founder("en");
        publishIdentity(userRegistered(founder));

        publishApplication(applicationSubmitted(founder, "app-en", "GreenChem"));

        assertThat(awaitMailTo(founder).subject()).isEqualTo("Application received: GreenChem");
    }

    @Test
    void emailsAFounderWhoseIdentityEventArrivesAfterTheApplication() {
        var founder = founder("fr");

        publishApplication(applicationSubmitted(founder, "app-late", "Tardive"));
        publishIdentity(userRegistered(founder));

        assertThat(awaitMailTo(founder).subject()).isEqualTo("Candidature reçue : Tardive");
    }

    @Test
    void addsANotificationToTheFoundersFeedInTheirLanguage() {
        var founder = founder("en");
        publishIdentity(userRegistered(founder));

        publishApplication(applicationSubmitted(founder, "app-feed", "FeedCo"));

        var feed = await().atMost(WAIT).until(() -> feedOf(founder), entries -> !entries.isEmpty());
        assertThat(feed).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("type", "application-received").containsEntry("title", "Application received")
                    .containsEntry("read", false);
            assertThat((String) entry.get("body")).contains("FeedCo");
        });
    }

    @Test
    void showsAFeedToNobodyElse() {
        var founder = founder("fr");
        publishIdentity(userRegistered(founder));
        publishApplication(applicationSubmitted(founder, "app-private", "Secret"));
        await().atMost(WAIT).until(() -> !feedOf(founder).isEmpty());

        assertThat(feedOf(founder("fr"))).isEmpty();
    }

    @Test
    void sendsASignedWebhookWithoutPersonalDataToASubscribedBank() throws Exception {
        var receiver = receiver();
        var bank = bank("credit-agricole-demo");
        var created = postEndpoint(bank, Map.of("url", receiver.url(), "eventTypes", List.of(EventTypes.APPLICATION_SUBMITTED)))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        var founder = founder("fr");
        publishIdentity(userRegistered(founder));

        publishApplication(applicationSubmitted(founder, "app-hook", "ChimieVerte"));

        await().atMost(WAIT).until(() -> receiver.received().size() == 1);
        var request = receiver.received().get(0);
        new Webhook((String) created.get("secret")).verify(request.body(), request.headers());
        JsonNode payload = JsonMapper.builder().build().readTree(request.body());
        assertThat(payload.get("type").asString()).isEqualTo(EventTypes.APPLICATION_SUBMITTED);
        assertThat(payload.get("data").get("startupRef").asString()).startsWith("st_");
        assertThat(payload.get("data").get("incubatorId").asString()).isEqualTo(incubatorId);
        assertThat(payload.get("data").has("decision")).isTrue();
        assertThat(request.body()).doesNotContain("ChimieVerte", "app-hook", founder.userId(), founder.email(), founder.name());
    }

    @Test
    void handlesTheSameEventTwiceAsOnce() throws Exception {
        var receiver = receiver();
        var bank = bank("credit-agricole-demo");
        String endpointId = registerEndpoint(bank, receiver.url());
        var founder = founder("fr");
        publishIdentity(userRegistered(founder));
        var event = applicationSubmitted(founder, "app-twice", "Doublon");

        publishApplication(event);
        publishApplication(event);

        await().atMost(WAIT).until(() -> !feedOf(founder).isEmpty() && receiver.received().size() == 1
                && !mailsTo(founder).isEmpty());
        var later = applicationSubmitted(founder, "app-after", "Suivante");
        publishApplication(later);
        await().atMost(WAIT).until(() -> feedOf(founder).size() == 2 && receiver.received().size() == 2);
        assertThat(mailsTo(founder)).extracting(ReceivedMail::subject).containsOnlyOnce("Candidature reçue : Doublon");
        assertThat(feedOf(founder)).extracting(entry -> entry.get("body")).filteredOn(body -> ((String) body).contains("Doublon")).hasSize(1);
        assertThat(deliveriesOf(bank, endpointId)).hasSize(2);
    }

    private WebhookReceiver receiver() throws IOException {
        receiver = WebhookReceiver.start();
        return receiver;
    }

    private ReceivedMail awaitMailTo(TestUser user) {
        return await().atMost(WAIT).until(() -> mailsTo(user), mails -> !mails.isEmpty()).get(0);
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

    private List<Map<String, Object>> deliveriesOf(TestUser bank, String endpointId) {
        return web.get().uri("/api/webhooks/endpoints/{id}/deliveries", endpointId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bank.token())
                .exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .returnResult().getResponseBody();
    }
}
