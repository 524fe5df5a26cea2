package org.pepiniere.deploy.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A juror reviews the applications assigned to them: reads them and their decks, declares a conflict, scores. */
class JurorJourneysIT {

    @JourneyTest
    void jurorsReadTheirApplicationsDeclareAConflictAndScoreTheGridThenReviseIt(Journey journey) {
        ReviewedCall call = ReviewedCall.seed(journey.stack().gatewayUrl(), 2);
        ReviewedCall.Applicant scored = call.applications().get(0);
        ReviewedCall.Applicant conflicted = call.applications().get(1);
        Page page = journey.page();
        // an application not scored yet has no score to read, and the first try is refused beside its fields
        journey.expectAnswer(404, "/score");
        journey.expectAnswer(400, "/score");

        journey.logInAs(DemoAccount.JUROR);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(journey.text("Espace jury", "Jury area"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName(call.title()))).isVisible();
        assertThat(listItem(page, scored)).containsText(journey.text("À évaluer", "To score"));
        journey.sees("assigned-applications");

        open(journey, conflicted);
        Download deck = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(journey.text("Télécharger le pitch deck", "Download the pitch deck"))).click());
        assertThat(deck.suggestedFilename()).endsWith(".pdf");
        journey.sees("application-and-deck");
        page.getByLabel(journey.text("Je déclare un conflit d'intérêts avec cette candidature",
                "I declare a conflict of interest with this application")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Déclarer le conflit", "Declare the conflict")))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(
                journey.text("Conflit déclaré", "Conflict declared")))).isVisible();
        journey.sees("conflict-declared");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Retour à mes candidatures", "Back to my applications")))
                .click();
        assertThat(listItem(page, scored)).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(conflicted.startupName()))).hasCount(0);

        open(journey, scored);
        page.getByLabel("Innovation").fill("6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Enregistrer l'évaluation", "Save the score")))
                .click();
        assertThat(page.getByText(journey.text("doit valoir de 1 à 5", "must be from 1 to 5"))).isVisible();
        assertThat(page.getByLabel("Innovation")).hasAttribute("aria-invalid", "true");
        journey.sees("score-refused");

        page.getByLabel("Innovation").fill("4");
        page.getByLabel(journey.text("Équipe", "Team")).fill("7");
        page.getByLabel(journey.text("Commentaire", "Comment")).fill(journey.text(
                "Équipe soudée, marché clair ; le modèle de location reste à prouver.",
                "A close team and a clear market; the rental model is still to prove."));
        saveScore(journey);
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(
                journey.text("Évaluation enregistrée", "Score saved")))).isVisible();
        assertThat(page.getByText(journey.text("Révision 1", "Revision 1"))).isVisible();
        journey.sees("scored");

        page.getByLabel("Innovation").fill("5");
        saveScore(journey);
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(
                journey.text("Évaluation révisée", "Score revised")))).isVisible();
        assertThat(page.getByText(journey.text("Révision 2", "Revision 2"))).isVisible();
        page.reload();
        assertThat(page.getByLabel("Innovation")).hasValue("5");
        journey.sees("revised");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Retour à mes candidatures", "Back to my applications")))
                .click();
        assertThat(listItem(page, scored)).containsText(journey.text("Évaluée", "Scored"));
        journey.sees("scored-list");
    }

    private static Locator listItem(Page page, ReviewedCall.Applicant applicant) {
        return page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(applicant.startupName()))));
    }

    private static void open(Journey journey, ReviewedCall.Applicant applicant) {
        Page page = journey.page();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(applicant.startupName())).click();
        assertThat(page).hasURL(journey.stack().gatewayUrl().resolve("/juror/applications/" + applicant.applicationId()).toString());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName(applicant.startupName())))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(journey.text("Télécharger le pitch deck", "Download the pitch deck")))).isVisible();
    }

    private static void saveScore(Journey journey) {
        journey.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(journey.text("Enregistrer l'évaluation", "Save the score"))).click();
    }
}
