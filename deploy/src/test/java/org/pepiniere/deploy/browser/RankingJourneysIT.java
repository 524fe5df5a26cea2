package org.pepiniere.deploy.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff read the ranking of a call once its jurors have scored, and take it away as CSV and XLSX. */
class RankingJourneysIT {

    @JourneyTest
    void staffReadTheRankingOfACallAsItsJurorsScoreAndDownloadIt(Journey journey) throws IOException {
        ReviewedCall call = ReviewedCall.seed(journey.stack().gatewayUrl(), 3);
        List<ReviewedCall.Applicant> applicants = call.applications();
        Page page = journey.page();

        journey.logInAs(DemoAccount.STAFF);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Se déconnecter", "Log out"))))
                .isVisible();
        journey.open("/staff/calls/" + call.callId());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Classement de l'appel", "Ranking of the call")))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(journey.text("Classement des candidatures", "Ranking of the applications"));
        assertThat(page.getByText(journey.text("Aucune évaluation pour l'instant", "No review yet"))).isVisible();
        journey.sees("ranking-before-any-score");

        // scored from the weakest to the strongest, so that the order on the page is the ranking's, not the seeding's
        call.scoredByTheDemoJuror(journey.stack().gatewayUrl(), applicants.get(0), 1, 2, "Une idée encore floue.");
        call.scoredByTheDemoJuror(journey.stack().gatewayUrl(), applicants.get(1), 5, 9, "Équipe solide, marché prouvé.");
        call.scoredByTheDemoJuror(journey.stack().gatewayUrl(), applicants.get(2), 3, 6, "Prometteur ; à suivre.");
        page.reload();

        Locator table = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(journey.text(
                "Candidatures par score calibré, avec leur rang brut", "Applications by calibrated score, with their raw rank")));
        Locator rows = table.locator("tbody tr");
        assertThat(rows).hasCount(3);
        assertThat(rows.nth(0).getByRole(AriaRole.ROWHEADER)).hasText(applicants.get(1).startupName());
        assertThat(rows.nth(1).getByRole(AriaRole.ROWHEADER)).hasText(applicants.get(2).startupName());
        assertThat(rows.nth(2).getByRole(AriaRole.ROWHEADER)).hasText(applicants.get(0).startupName());
        // one juror: no effect to remove, so the calibrated order is the raw one
        assertThat(rows.nth(0)).containsText(journey.text("inchangé", "unchanged"));
        journey.sees("ranking-scored");

        Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(journey.text("Télécharger en CSV", "Download as CSV"))).click());
        assertThat(csv.suggestedFilename()).endsWith(".csv");
        String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains(applicants.get(1).startupName(), "Équipe solide, marché prouvé.");
        assertThat(text.indexOf(applicants.get(1).startupName())).isLessThan(text.indexOf(applicants.get(0).startupName()));

        Download xlsx = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(journey.text("Télécharger en XLSX (Excel)", "Download as XLSX (Excel)"))).click());
        assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
        byte[] workbook = Files.readAllBytes(xlsx.path());
        assertThat(new String(workbook, 0, 2, StandardCharsets.US_ASCII)).as("a zip, as every XLSX").isEqualTo("PK");
        journey.sees("ranking-downloaded");
    }
}
