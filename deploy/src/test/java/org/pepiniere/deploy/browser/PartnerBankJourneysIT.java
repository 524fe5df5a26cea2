package org.pepiniere.deploy.browser;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.pepiniere.deploy.GatewayClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff register the incubator's partner banks; a founder chooses, bank by bank, what the bank may learn. */
class PartnerBankJourneysIT {

    private static final String DEMO_BANK = "Crédit Agricole (démo)";

    @JourneyTest
    void staffRegisterAPartnerBankAndSeeItListedAndAnInvalidOneRefusedBesideItsField(Journey journey) {
        Page page = journey.page();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Banque Populaire du Sud " + suffix;
        // the invalid registration below is refused on purpose
        journey.expectAnswer(400, "/api/partner-banks");
        journey.logInAs(DemoAccount.STAFF);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Banques partenaires", "Partner banks")).setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(journey.text("Banques partenaires", "Partner banks"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName(DEMO_BANK))).isVisible();
        journey.sees("partner-banks");

        Locator id = page.getByLabel(journey.text("Identifiant", "Id"), new Page.GetByLabelOptions().setExact(false)).last();
        id.fill("Pas Un Identifiant");
        page.getByLabel(journey.text("Nom", "Name"), new Page.GetByLabelOptions().setExact(false)).last().fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Enregistrer la banque", "Register the bank"))).click();
        assertThat(id).hasAttribute("aria-invalid", "true");
        assertThat(page.locator(".field-error")).hasText(journey.text("doit compter de 1 à 64 lettres minuscules, chiffres ou « - »",
                "must be 1 to 64 lower-case letters, digits or -"));
        journey.sees("partner-bank-refused-beside-its-field");

        id.fill("bp-sud-" + suffix);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Enregistrer la banque", "Register the bank"))).click();
        assertThat(page.getByText(journey.text(name + " est enregistrée.", name + " is registered."))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName(name))).isVisible();
        assertThat(id).not().hasAttribute("aria-invalid", "true");
        journey.sees("partner-bank-registered");

        Locator bank = page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName(name))));
        bank.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(journey.text("Ajouter un utilisateur de cette banque",
                "Add a user of this bank"))).click();
        String email = "conseil-" + suffix + "@example.org";
        bank.getByLabel(journey.text("Nom", "Name"), new Locator.GetByLabelOptions().setExact(false)).fill("Louis Conseiller");
        bank.getByLabel(journey.text("Adresse électronique", "Email address"), new Locator.GetByLabelOptions().setExact(false)).fill(email);
        bank.getByLabel(journey.text("Mot de passe initial", "Initial password"), new Locator.GetByLabelOptions().setExact(false))
                .fill("un-mot-de-passe-solide");
        bank.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(journey.text("Créer l'utilisateur", "Create the user")))
                .click();
        assertThat(bank.getByText(journey.text(email + " peut se connecter pour " + name + ".", email + " can log in for " + name + ".")))
                .isVisible();
        journey.sees("bank-user-created");
        String token = journey.api().login(email, "un-mot-de-passe-solide");
        assertThat(journey.api().get("/api/webhooks/endpoints", token).status()).isEqualTo(200);
    }

    @JourneyTest
    void aFounderGivesThenWithdrawsConsentForABankAndFindsItAfterAReload(Journey journey) {
        Page page = journey.page();
        // the application's page asks for the pitch deck's details; this draft has none yet
        journey.expectAnswer(404, "/deck/info");
        Founder founder = journey.registerFounder("Inès Garnier");
        String applicationId = draft(journey.api(), founder, "Solvants Verts " + UUID.randomUUID().toString().substring(0, 6));

        journey.open("/founder/applications/" + applicationId);
        Locator consent = page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName(journey.text(
                "Partager le nom et le montant recherché avec " + DEMO_BANK, "Share the name and amount sought with " + DEMO_BANK)));
        journey.reloadUntilVisible(page, consent);
        assertThat(consent).not().isChecked();
        assertThat(page.getByText(journey.text("Pas de partage : vous n'avez encore rien choisi.",
                "Not shared: you have not chosen yet.")).first()).isVisible();
        journey.sees("consents-not-given");

        consent.check();
        assertThat(page.getByText(journey.text("Enregistré : cette banque recevra le nom et le montant.",
                "Saved: this bank will receive the name and amount."), new Page.GetByTextOptions().setExact(false))).isVisible();
        journey.sees("consent-given");
        page.reload();
        assertThat(consent).isChecked();

        consent.uncheck();
        assertThat(page.getByText(journey.text("Enregistré : cette banque ne recevra pas le nom ni le montant.",
                "Saved: this bank will not receive the name or amount."), new Page.GetByTextOptions().setExact(false))).isVisible();
        page.reload();
        assertThat(consent).not().isChecked();
        assertThat(page.getByText(journey.text("Partage refusé le", "Sharing refused on"), new Page.GetByTextOptions().setExact(false))
                .first()).isVisible();
        journey.sees("consent-withdrawn-after-reload");
    }

    private static String draft(GatewayClient api, Founder founder, String startup) {
        String token = api.login(founder.email(), founder.password());
        GatewayClient.Answer draft = api.post("/api/applications", token, Map.of("startupName", startup,
                "summary", "Des solvants biosourcés pour l'industrie chimique régionale.", "sector", "CHEMISTRY",
                "stage", "PROTOTYPE", "currency", "EUR"));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        return draft.json().path("id").asText();
    }
}
