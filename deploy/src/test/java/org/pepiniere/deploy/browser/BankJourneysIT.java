package org.pepiniere.deploy.browser;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.standardwebhooks.Webhook;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.deploy.Delivery;
import org.pepiniere.deploy.DemoBankReceiver;
import org.pepiniere.embedded.Ports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

/** A partner bank registers its webhook, keeps the secret shown once, and follows the deliveries. */
class BankJourneysIT {

    @JourneyTest
    void aBankRegistersAWebhookKeepsItsSecretAndReadsTheDeliveryLog(Journey journey) {
        Page page = journey.page();
        // the portal generates each endpoint's secret: the bank's receiver starts once the page has shown it
        int bankPort = Ports.free();
        String url = "http://127.0.0.1:" + bankPort + DemoBankReceiver.WEBHOOKS_PATH;
        journey.logInAs(DemoAccount.BANK);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Webhooks");
        journey.sees("endpoints");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Enregistrer un webhook", "Register a webhook"))).click();
        page.getByLabel(journey.text("Adresse (URL)", "Address (URL)")).fill(url);
        assertThat(page.getByLabel(journey.text("Candidature soumise", "Application submitted"))).isChecked();
        page.getByLabel(journey.text("Description (facultative)", "Description (optional)")).fill(journey.text("Banque de démonstration", "Demo bank"));
        journey.sees("new-endpoint");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Enregistrer", "Register")).setExact(true)).click();
        Locator secretField = page.getByLabel(journey.text("Secret", "Secret"), new Page.GetByLabelOptions().setExact(true));
        assertThat(secretField).hasValue(Pattern.compile("^whsec_.+"));
        String secret = secretField.inputValue();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(journey.text(
                "Copiez ce secret maintenant et gardez-le en lieu sûr : il ne sera plus jamais affiché.",
                "Copy this secret now and keep it safe: it will never be shown again."));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Copier le secret", "Copy the secret"))).click();
        assertThat(page.getByText(journey.text("Secret copié.", "Secret copied."))).isVisible();
        assertThat(page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(secret);
        journey.sees("secret-shown-once");

        try (DemoBankReceiver bank = DemoBankReceiver.start(bankPort, secret, journey.stack().infrastructure().smtp())) {
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Retour aux webhooks", "Back to the webhooks"))).click();
            Locator endpoint = page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(url));
            assertThat(endpoint).isVisible();
            assertThat(page.getByText(secret)).hasCount(0);
            journey.sees("endpoint-listed");

            EarlierSubmission submitted = EarlierSubmission.by(journey.api(), "Banque Test " + UUID.randomUUID().toString().substring(0, 6));
            endpoint.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(journey.text("Journal des livraisons", "Delivery log"))).click();
            Locator delivered = page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("204").setExact(true));
            journey.clickUntilVisible(() -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName(journey.text("Actualiser", "Refresh"))).click(), delivered);

            assertThat(page.getByText(journey.text("Livraisons vers ", "Deliveries to ") + url)).isVisible();
            assertThat(page.getByText(journey.text("Livrée", "Delivered"), new Page.GetByTextOptions().setExact(true)).first()).isVisible();
            assertThat(page.getByRole(AriaRole.COLUMNHEADER)).containsText(new String[] {
                    journey.text("Tentative", "Attempt"), journey.text("Date", "Time"),
                    journey.text("Code HTTP", "HTTP status"), journey.text("Durée", "Duration")});
            assertThat(page.locator("tbody tr").first().locator("time")).isVisible();
            journey.sees("delivery-log");
            // the endpoint is new: what its receiver holds came from this submission, signed with the secret shown
            Delivery delivery = await("the signed webhook at the bank").atMost(Journey.EVENTUALLY)
                    .until(bank::received, received -> !received.isEmpty()).get(0);
            assertThat(delivery.type()).isEqualTo(EventTypes.APPLICATION_SUBMITTED);
            assertThatCode(() -> new Webhook(secret).verify(delivery.body(), delivery.headers())).doesNotThrowAnyException();
            assertThat(delivery.body()).doesNotContain(submitted.startupName());

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Retour aux webhooks", "Back to the webhooks"))).click();
            endpoint.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(journey.text("Supprimer", "Remove"))).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Confirmer la suppression", "Confirm removal"))).click();
            assertThat(page.getByText(journey.text("Webhook " + url + " supprimé.", "Webhook " + url + " removed."))).isVisible();
            assertThat(endpoint).hasCount(0);
            journey.sees("endpoint-removed");
        }
    }
}
