package org.pepiniere.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
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
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

/**
 * The first slice end to end, on the whole stack started the way the launcher starts it (each service in
 * its own JVM), over real HTTP through the gateway. The stack is the one the browser journeys share: stopping
 * notifications here, it is started again before the test ends.
 */
@ExtendWith(SharedStack.class)
class ApplicationSubmittedSliceIT {

    private static final String DEMO_PASSWORD = "demo-pepiniere";
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private static Stack stack;
    private static GatewayClient gateway;

    @BeforeAll
    static void useTheSharedStack(Stack shared) {
        stack = shared;
        gateway = new GatewayClient(stack.gatewayUrl());
    }

    @Test
    void aSubmittedApplicationReachesTheFounderTheBankMentoringAndFunding() {
        String bank = gateway.login("banque@pepiniere.demo", DEMO_PASSWORD);
        GatewayClient.Answer endpoint = gateway.post("/api/webhooks/endpoints", bank, Map.of(
                "url", stack.demoBank().webhooksUrl(),
                "eventTypes", List.of(EventTypes.APPLICATION_SUBMITTED),
                "description", "Banque de démonstration",
                "secret", stack.demoBank().secret()));
        assertThat(endpoint.status()).as(endpoint.body()).isEqualTo(201);
        Founder founder = registerAndLogIn("Camille Durand");
        String applicationId = createDraft(founder, "Chimie Verte");

        Instant submittedAt = Instant.now();
        GatewayClient.Answer submitted = gateway.post("/api/applications/" + applicationId + "/submit", founder.token(), Map.of());

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().path("status").asText()).isEqualTo("SUBMITTED");
        CloudEvent event = new KafkaEvents(stack.infrastructure().kafka().bootstrapServers())
                .awaitEvent(Topics.APPLICATIONS, EventTypes.APPLICATION_SUBMITTED, applicationId, EVENTUALLY);
        EventSchemas.assertConforms(event);
        await("a French email to the founder").atMost(EVENTUALLY).untilAsserted(() ->
                assertThat(stack.infrastructure().smtp().receivedBy(founder.email()))
                        .extracting(ReceivedMail::subject)
                        .anySatisfy(subject -> assertThat(subject.toLowerCase(Locale.FRENCH)).contains("candidature")));
        await("an in-app notification for the founder").atMost(EVENTUALLY).untilAsserted(() -> {
            GatewayClient.Answer feed = gateway.get("/api/notifications", founder.token());
            assertThat(feed.status()).as(feed.body()).isEqualTo(200);
            assertThat(feed.json()).isNotEmpty();
            JsonNode notification = feed.json().get(0);
            assertThat(notification.path("title").asText()).isNotBlank();
            assertThat(notification.path("read").asBoolean(true)).isFalse();
        });
        // the demo bank outlives this test in the shared stack: only what it received after the submission counts
        await("a signed webhook to the demo bank").atMost(EVENTUALLY).untilAsserted(() ->
                assertThat(stack.demoBank().received()).anySatisfy(delivery -> {
                    assertThat(delivery.type()).isEqualTo(EventTypes.APPLICATION_SUBMITTED);
                    assertThat(delivery.receivedAt()).isAfter(submittedAt);
                }));
        for (Delivery delivery : stack.demoBank().received()) {
            assertThatCode(() -> new Webhook(stack.demoBank().secret()).verify(delivery.body(), delivery.headers()))
                    .doesNotThrowAnyException();
            assertThat(delivery.body()).doesNotContain(founder.name(), founder.email());
            if (!EventTypes.APPLICATION_DECIDED.equals(delivery.type())) {
                // only a decision carries a start-up's name, to the bank its founder consented to share it with
                assertThat(delivery.body()).doesNotContain("Chimie Verte");
            }
        }
        String staff = gateway.login("staff@pepiniere.demo", DEMO_PASSWORD);
        await("the start-up in mentoring and in funding").atMost(EVENTUALLY).untilAsserted(() -> {
            assertThat(gateway.get("/api/mentoring/startups", staff).body()).contains(applicationId);
            assertThat(gateway.get("/api/funding/startups", staff).body()).contains(applicationId);
        });
    }

    @Test
    void aFounderIsStillEmailedWhenNotificationsWasDownDuringTheSubmission() {
        Founder founder = registerAndLogIn("Louise Martin");
        String applicationId = createDraft(founder, "Matériaux Durables");
        stack.stop(Service.NOTIFICATIONS);

        GatewayClient.Answer submitted;
        Duration restart;
        try {
            submitted = gateway.post("/api/applications/" + applicationId + "/submit", founder.token(), Map.of());
        } finally {
            // the other system tests share this stack
            restart = stack.start(Service.NOTIFICATIONS);
        }

        System.out.printf("notifications-service restarted in %d ms%n", restart.toMillis());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        await("the email, once notifications is back").atMost(EVENTUALLY).untilAsserted(() ->
                assertThat(stack.infrastructure().smtp().receivedBy(founder.email())).isNotEmpty());
    }

    private record Founder(String email, String name, String token) {
    }

    private static Founder registerAndLogIn(String name) {
        String email = "fondatrice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "un-mot-de-passe-solide";
        GatewayClient.Answer registered = gateway.post("/api/auth/register", null,
                Map.of("email", email, "password", password, "displayName", name));
        // 202 alike for a new address and one that has an account, so that registering tells nobody who has one
        assertThat(registered.status()).as(registered.body()).isEqualTo(202);
        assertThat(registered.json().path("roles").toString()).contains("FOUNDER");
        return new Founder(email, name, gateway.login(email, password));
    }

    private static String createDraft(Founder founder, String startupName) {
        GatewayClient.Answer draft = gateway.post("/api/applications", founder.token(), Map.of(
                "startupName", startupName,
                "summary", "Des solvants biosourcés pour l'industrie chimique régionale.",
                "sector", "CHEMISTRY",
                "stage", "PROTOTYPE",
                "amountSoughtCents", 15_000_000,
                "currency", "EUR"));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertThat(draft.json().path("status").asText()).isEqualTo("DRAFT");
        return draft.json().path("id").asText();
    }
}
