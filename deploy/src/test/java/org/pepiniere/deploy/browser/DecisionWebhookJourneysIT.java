package org.pepiniere.deploy.browser;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.standardwebhooks.Webhook;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.decisions.ApplicationDecided;
import org.pepiniere.deploy.Delivery;
import org.pepiniere.deploy.DemoBankReceiver;
import org.pepiniere.deploy.GatewayClient;
import org.pepiniere.deploy.RelayedEvents;
import org.pepiniere.embedded.Ports;
import org.pepiniere.embedded.test.KafkaEvents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

/** A partner bank subscribes a webhook to decisions and follows, in its delivery log, the decision it was sent. */
class DecisionWebhookJourneysIT {

    private static final String DEMO_BANK = "credit-agricole-demo";

    @JourneyTest
    void aBankSubscribedToDecisionsReadsTheDecisionWebhookInItsDeliveryLog(Journey journey) throws Exception {
        Page page = journey.page();
        int bankPort = Ports.free();
        String url = "http://127.0.0.1:" + bankPort + DemoBankReceiver.WEBHOOKS_PATH;
        journey.logInAs(DemoAccount.BANK);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Enregistrer un webhook", "Register a webhook"))).click();
        page.getByLabel(journey.text("Adresse (URL)", "Address (URL)")).fill(url);
        page.getByLabel(journey.text("Candidature soumise", "Application submitted")).uncheck();
        page.getByLabel(journey.text("Décision sur une candidature", "Application decided")).check();
        journey.sees("decisions-endpoint");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Enregistrer", "Register")).setExact(true)).click();
        Locator secretField = page.getByLabel(journey.text("Secret", "Secret"), new Page.GetByLabelOptions().setExact(true));
        assertThat(secretField).hasValue(Pattern.compile("^whsec_.+"));
        String secret = secretField.inputValue();

        try (DemoBankReceiver bank = DemoBankReceiver.start(bankPort, secret, journey.stack().infrastructure().smtp())) {
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Retour aux webhooks", "Back to the webhooks"))).click();
            Locator endpoint = page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(url));
            assertThat(endpoint).containsText(journey.text("Décision sur une candidature", "Application decided"));

            var startup = AdmittedStartup.submittedBy(journey.api(), "Décidée " + UUID.randomUUID().toString().substring(0, 6));
            publishAdmission(journey, startup);
            endpoint.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(journey.text("Journal des livraisons", "Delivery log"))).click();
            Locator delivered = page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("204").setExact(true));
            journey.clickUntilVisible(() -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName(journey.text("Actualiser", "Refresh"))).click(), delivered);

            assertThat(page.getByText(Pattern.compile("^" + journey.text("Décision sur une candidature", "Application decided") + " — ")).first())
                    .isVisible();
            assertThat(page.getByText(journey.text("Livrée", "Delivered"), new Page.GetByTextOptions().setExact(true)).first()).isVisible();
            assertThat(page.getByRole(AriaRole.COLUMNHEADER)).containsText(new String[] {
                    journey.text("Tentative", "Attempt"), journey.text("Date", "Time"),
                    journey.text("Code HTTP", "HTTP status"), journey.text("Durée", "Duration")});
            assertThat(page.locator("tbody tr")).hasCount(1);
            journey.sees("decision-delivery-log");

            Delivery delivery = await("the signed decision at the bank").atMost(Journey.EVENTUALLY)
                    .until(bank::received, received -> !received.isEmpty()).get(0);
            assertThat(delivery.type()).isEqualTo(EventTypes.APPLICATION_DECIDED);
            assertThatCode(() -> new Webhook(secret).verify(delivery.body(), delivery.headers())).doesNotThrowAnyException();
            JsonNode data = new ObjectMapper().readTree(delivery.body()).path("data");
            assertThat(data.path("startupReference").asText()).isEqualTo(startup.startupReference());
            assertThat(data.path("disclosure").path("startupName").asText()).isEqualTo(startup.startupName());

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Retour aux webhooks", "Back to the webhooks"))).click();
            endpoint.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(journey.text("Supprimer", "Remove"))).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Confirmer la suppression", "Confirm removal"))).click();
            assertThat(endpoint).hasCount(0);
        }
    }

    /** The founder consented to share their start-up with the demo bank: its disclosure rides along. */
    private static void publishAdmission(Journey journey, AdmittedStartup startup) {
        JsonNode claims = RelayedEvents.claims(new GatewayClient(journey.stack().gatewayUrl())
                .login(startup.founder().email(), startup.founder().password()));
        var decided = new ApplicationDecided(UUID.randomUUID().toString(), startup.applicationId(), Instant.now(),
                claims.path("incubatorId").asText(), null, 1, ApplicationDecided.Decision.ADMITTED,
                "cohorte-" + UUID.randomUUID().toString().substring(0, 8), startup.startupReference(), claims.path("sub").asText(),
                "Projet solide et équipe complète.", "A sound project and a complete team.",
                List.of(new ApplicationDecided.Disclosure(DEMO_BANK, startup.startupName(), 15_000_000L, "EUR")));
        new KafkaEvents(journey.stack().infrastructure().kafka().bootstrapServers()).send(Topics.APPLICATIONS,
                RelayedEvents.relayed("applications-service", EventTypes.APPLICATION_DECIDED, startup.applicationId(), decided));
    }
}
