package org.pepiniere.deploy.browser;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Staff plan a cohort and follow it on its dashboard; the founder of an admitted start-up reports its KPIs. */
class CohortJourneysIT {

    @JourneyTest
    void staffPlanACohortFollowItsStartupAndReadTheKpisItsFounderReports(Journey journey) {
        AdmittedStartup startup = AdmittedStartup.submittedBy(journey.api(), "Solvants d'Oc " + UUID.randomUUID().toString().substring(0, 6));
        String cohortName = journey.text("Hiver ", "Winter ") + UUID.randomUUID().toString().substring(0, 6);
        Page page = journey.page();
        // the first try ends before it starts: the API refuses it, and the portal shows why beside the field
        journey.expectAnswer(400, "/api/cohorts");

        journey.logInAs(DemoAccount.STAFF);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Cohortes", "Cohorts")).setExact(true)).click();
        assertThat(heading(page)).hasText(journey.text("Cohortes", "Cohorts"));
        page.getByLabel(journey.text("Nom de la cohorte (en français)", "Cohort name (in French)")).fill(cohortName);
        page.getByLabel(journey.text("Nom de la cohorte (en anglais)", "Cohort name (in English)")).fill(cohortName);
        dateField(page, journey.text("Début (obligatoire)", "Start (required)")).fill("2099-01-11");
        dateField(page, journey.text("Fin (obligatoire)", "End (required)")).fill("2098-07-09");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Créer la cohorte", "Create the cohort"))).click();
        assertThat(page.getByText(journey.text("la fin doit suivre le début de la cohorte", "the end must come after the start of the cohort")))
                .isVisible();
        assertThat(dateField(page, journey.text("Fin (obligatoire)", "End (required)"))).hasAttribute("aria-invalid", "true");
        journey.sees("cohort-refused");

        dateField(page, journey.text("Fin (obligatoire)", "End (required)")).fill("2099-07-09");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Créer la cohorte", "Create the cohort"))).click();
        assertThat(heading(page)).hasText(cohortName);
        assertThat(page.getByText(journey.text("Aucune start-up n'a encore été admise dans cette cohorte : les chiffres sont à zéro.",
                "No start-up has been admitted into this cohort yet: the figures are zero."))).isVisible();
        assertThat(totals(page, journey)).containsText("0 h");
        journey.sees("cohort-empty-dashboard");
        String cohortId = page.url().substring(page.url().lastIndexOf('/') + 1);

        startup.admitMentorAndFund(journey.stack(), cohortId);

        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(startup.startupName()));
        journey.reloadUntilVisible(page, row);
        assertThat(row).containsText(journey.text("1,5 h", "1.5 h"));
        assertThat(row).containsText(Pattern.compile("15.000"));
        assertThat(row).containsText(journey.text("aucun indicateur déclaré", "no KPIs reported"));
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(
                journey.text("Heures de mentorat par mois", "Mentoring hours per month")))).isVisible();
        journey.sees("cohort-dashboard");

        // the founder logs in in another tab: the staff's session stays in this one
        Page founderTab = journey.newTab();
        founderTab.navigate("/login");
        journey.fillLogIn(founderTab, startup.founder().email(), startup.founder().password());
        founderTab.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Ma start-up", "My start-up")).setExact(true))
                .click();
        assertThat(founderTab.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName(startup.startupName())))
                .isVisible();
        founderTab.getByLabel(journey.text("Mois (obligatoire)", "Month (required)"), new Page.GetByLabelOptions().setExact(true))
                .fill("2026-10");
        founderTab.getByLabel(journey.text("Emplois créés", "Jobs created")).fill("3");
        founderTab.getByLabel(journey.text("Fonds levés pendant le mois", "Money raised during the month")).fill("25000");
        founderTab.getByLabel(journey.text("Chiffre d'affaires du mois", "Revenue of the month")).fill("1200,50");
        founderTab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Enregistrer les indicateurs", "Save the KPIs")))
                .click();
        assertThat(founderTab.getByText(journey.text("Indicateurs de 2026-10 enregistrés.", "KPIs of 2026-10 saved."))).isVisible();
        assertThat(founderTab.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("2026-10"))).containsText("3");
        journey.sees(founderTab, "founder-kpis");

        page.reload();
        assertThat(row).containsText("2026-10");
        assertThat(totals(page, journey)).containsText(journey.text("3 emploi(s) créé(s)", "3 job(s) created"));
        journey.sees("cohort-dashboard-with-kpis");
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static Locator dateField(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static Locator totals(Page page, Journey journey) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(journey.text("Total de la cohorte", "Cohort total")));
    }
}
