package org.pepiniere.deploy.browser;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.pepiniere.deploy.GatewayClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff plan a cohort and follow it on its dashboard; the founder of an admitted start-up reports its KPIs. Staff edit a
 * cohort until it starts: refusals beside their field, a version changed meanwhile offered again, a started one read only.
 */
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
        // the jobs are a count, not euros: they have a chart of their own
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(
                journey.text("Emplois créés par mois", "Jobs created per month")))).isVisible();
        journey.sees("cohort-dashboard-with-kpis");
    }

    @JourneyTest
    void staffEditACohortUntilItStartsAndReloadWhenSomeoneChangedItMeanwhile(Journey journey) {
        GatewayClient api = journey.api();
        String staff = api.login(DemoAccount.STAFF.email(), DemoAccount.PASSWORD);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String planned = planned(api, staff, "Printemps " + suffix, "2099-03-02", "2099-09-30", 10);
        String started = planned(api, staff, "Passée " + suffix, "2020-01-06", "2020-06-30", 10);
        Page page = journey.page();
        // an end before the start, then a version changed meanwhile: the API refuses both, and the portal says why
        journey.expectAnswer(400, "/api/cohorts/" + planned);
        journey.expectAnswer(412, "/api/cohorts/" + planned);

        journey.logInAs(DemoAccount.STAFF);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Se déconnecter", "Log out"))))
                .isVisible();
        journey.open("/staff/cohorts/" + planned);
        assertThat(heading(page)).hasText("Printemps " + suffix);
        Locator form = page.locator("section[aria-labelledby='cohort-edit'] form");
        dateField(form, journey.text("Fin (obligatoire)", "End (required)")).fill("2099-02-01");
        saveChanges(journey, form);
        assertThat(form.getByText(journey.text("la fin doit suivre le début de la cohorte", "the end must come after the start of the cohort")))
                .isVisible();
        assertThat(dateField(form, journey.text("Fin (obligatoire)", "End (required)"))).hasAttribute("aria-invalid", "true");
        journey.sees("cohort-edit-refused");

        form.getByLabel(journey.text("Nom de la cohorte (en français)", "Cohort name (in French)")).fill("Printemps renommée " + suffix);
        form.getByLabel(journey.text("Nom de la cohorte (en anglais)", "Cohort name (in English)")).fill("Spring renamed " + suffix);
        dateField(form, journey.text("Fin (obligatoire)", "End (required)")).fill("2099-10-31");
        form.getByLabel(journey.text("Nombre maximal de start-up", "Most start-ups")).fill("12");
        saveChanges(journey, form);
        assertThat(page.getByText(journey.text("Modifications de la cohorte enregistrées", "Changes to the cohort saved"))).isVisible();
        assertThat(heading(page)).hasText(journey.text("Printemps renommée ", "Spring renamed ") + suffix);
        Locator facts = page.locator("dl.facts");
        assertThat(facts).containsText("2099-10-31");
        assertThat(facts).containsText("12");
        assertThat(facts).containsText(journey.text("occupées : 0 ; libres : 12", "taken: 0; free: 12"));
        journey.sees("cohort-edited");

        GatewayClient.Answer read = api.get("/api/cohorts/" + planned, staff);
        GatewayClient.Answer elsewhere = api.put("/api/cohorts/" + planned, staff, details("Printemps " + suffix, "2099-03-02",
                "2099-10-31", 20), read.etag());
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(200);
        form.getByLabel(journey.text("Nombre maximal de start-up", "Most start-ups")).fill("15");
        saveChanges(journey, form);
        Locator stale = form.getByRole(AriaRole.ALERT);
        assertThat(stale).containsText(journey.text("Vos modifications n'ont pas été enregistrées : la cohorte a été modifiée ailleurs",
                "Your changes were not saved: the cohort was changed elsewhere"));
        assertThat(page.getByText(journey.text("Modifications de la cohorte enregistrées", "Changes to the cohort saved"))).isHidden();
        journey.sees("cohort-edit-stale");
        stale.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(
                journey.text("Charger la dernière version", "Load the latest version"))).click();
        assertThat(form.getByLabel(journey.text("Nombre maximal de start-up", "Most start-ups"))).hasValue("20");
        assertThat(heading(page)).hasText("Printemps " + suffix);

        journey.open("/staff/cohorts/" + started);
        assertThat(page.locator("p.cohort-started")).hasText(journey.text(
                "Cette cohorte a commencé le 2020-01-06 : ses détails ne peuvent plus être modifiés.",
                "This cohort started on 2020-01-06: its details can no longer be changed."));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                journey.text("Enregistrer les modifications", "Save the changes")))).hasCount(0);
        journey.sees("cohort-started");
    }

    private static String planned(GatewayClient api, String staff, String name, String startsOn, String endsOn, int capacity) {
        GatewayClient.Answer created = api.post("/api/cohorts", staff, details(name, startsOn, endsOn, capacity));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static Map<String, Object> details(String name, String startsOn, String endsOn, int capacity) {
        return Map.of("name", Map.of("fr", name, "en", name), "programme", Map.of("kind", "INCUBATION"),
                "startsOn", startsOn, "endsOn", endsOn, "capacity", capacity);
    }

    private static void saveChanges(Journey journey, Locator form) {
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(journey.text("Enregistrer les modifications", "Save the changes")))
                .click();
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static Locator dateField(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static Locator dateField(Locator form, String label) {
        return form.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    private static Locator totals(Page page, Journey journey) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(journey.text("Total de la cohorte", "Cohort total")));
    }
}
