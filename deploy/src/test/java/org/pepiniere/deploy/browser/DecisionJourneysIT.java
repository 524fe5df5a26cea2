package org.pepiniere.deploy.browser;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff draw the tie at the admission cut and decide a call's applications on screen: one admitted (after a refusal
 * shown beside its field), one wait-listed, one rejected; the admitted start-up's founder reads the decision and its
 * reasons in their language. Staff redraw a tie and read every draw with how to redo it, and promote the first one waiting
 * once an admitted start-up withdraws.
 */
class DecisionJourneysIT {

    @JourneyTest
    void staffBreakTheTieAndDecideAndTheFounderReadsTheDecision(Journey journey) {
        var gateway = journey.stack().gatewayUrl();
        ReviewedCall call = ReviewedCall.seed(gateway, 4);
        List<ReviewedCall.Applicant> applicants = call.applications();
        // the two in the middle tie on their score: the lottery orders them at the cut of two seats
        call.scoredByTheDemoJuror(gateway, applicants.get(0), 5, 9, "Excellent.");
        call.scoredByTheDemoJuror(gateway, applicants.get(1), 3, 6, "Prometteur.");
        call.scoredByTheDemoJuror(gateway, applicants.get(2), 3, 6, "Prometteur aussi.");
        call.scoredByTheDemoJuror(gateway, applicants.get(3), 1, 2, "Trop tôt.");
        String cohortName = "Décisions " + UUID.randomUUID().toString().substring(0, 6);
        String cohortId = ReviewedCall.cohort(gateway, cohortName);
        Page page = journey.page();
        // the first decision is sent without its cohort: the API refuses it, and the portal shows why beside the field
        journey.expectAnswer(400, "/decision");

        journey.logInAs(DemoAccount.STAFF);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Se déconnecter", "Log out"))))
                .isVisible();
        journey.open("/staff/calls/" + call.callId());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Décisions de l'appel", "Decisions of the call")))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(journey.text("Décisions sur les candidatures", "Decisions on the applications"));
        journey.sees("decisions");

        page.getByLabel(journey.text("Nombre de places", "Number of seats")).fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Tirer au sort", "Draw lots"))).click();
        Locator seed = page.locator("code[data-seed]");
        assertThat(seed).hasText(java.util.regex.Pattern.compile("^[0-9a-f]{32}$"));
        Locator tied = page.locator("ol.tied li");
        assertThat(tied).hasCount(2);
        assertThat(page.locator("ol.tied")).containsText(applicants.get(1).startupName());
        assertThat(page.locator("ol.tied")).containsText(applicants.get(2).startupName());
        journey.sees("decisions-tie-break");

        Locator admitted = line(page, applicants.get(0));
        admitted.getByLabel(journey.text("Décision", "Decision")).selectOption("ADMITTED");
        reasons(journey, admitted, "Équipe solide, marché prouvé.", "Strong team, proven market.");
        save(journey, admitted);
        assertThat(admitted.getByText(journey.text("choisissez la cohorte où la start-up est admise",
                "choose the cohort the start-up is admitted into"))).isVisible();
        assertThat(admitted.getByLabel(journey.text("Cohorte", "Cohort"))).hasAttribute("aria-invalid", "true");
        journey.sees("decision-refused");

        admitted.getByLabel(journey.text("Cohorte", "Cohort")).selectOption(cohortId);
        save(journey, admitted);
        assertThat(admitted.locator("[data-decision]")).hasText(journey.text("Admise", "Admitted"));

        Locator waitlisted = line(page, applicants.get(1));
        waitlisted.getByLabel(journey.text("Décision", "Decision")).selectOption("WAITLISTED");
        reasons(journey, waitlisted, "Très proche de la barre.", "Very close to the bar.");
        save(journey, waitlisted);
        assertThat(waitlisted.locator("[data-decision]")).hasText(journey.text("Sur liste d'attente", "Wait-listed"));

        Locator rejected = line(page, applicants.get(3));
        rejected.getByLabel(journey.text("Décision", "Decision")).selectOption("REJECTED");
        reasons(journey, rejected, "Projet encore trop tôt.", "Project still too early.");
        save(journey, rejected);
        assertThat(rejected.locator("[data-decision]")).hasText(journey.text("Refusée", "Rejected"));
        assertThat(page.locator("section[aria-labelledby='waitlist-title'] ol")).containsText(applicants.get(1).startupName());
        journey.sees("decisions-taken");

        // the founder logs in in another tab: the staff's session stays in this one
        Page founderTab = journey.newTab();
        founderTab.navigate("/login");
        journey.fillLogIn(founderTab, applicants.get(0).email(), ReviewedCall.FOUNDER_PASSWORD);
        assertThat(founderTab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Se déconnecter", "Log out"))))
                .isVisible();
        founderTab.navigate("/founder/applications/" + applicants.get(0).applicationId());
        Locator decision = founderTab.locator("section.decision");
        assertThat(decision.locator("[data-decision]")).hasText(journey.text("Admise", "Admitted"));
        assertThat(decision).containsText(journey.text("Équipe solide, marché prouvé.", "Strong team, proven market."));
        assertThat(decision.textContent()).doesNotContain(journey.text("Strong team", "Équipe solide"));
        journey.sees(founderTab, "founder-decision");
    }

    @JourneyTest
    void staffRedrawTheTieReadEveryDrawAndPromoteFromTheWaitList(Journey journey) {
        TiedCall tied = TiedCall.seed(journey.stack().gatewayUrl());
        Page page = journey.page();
        // the second promotion finds nobody waiting: the API refuses it, and the portal says so in the page's language
        journey.expectAnswer(409, "/waitlist/promote");

        journey.logInAs(DemoAccount.STAFF);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Se déconnecter", "Log out"))))
                .isVisible();
        journey.open("/staff/calls/" + tied.call().callId() + "/decisions");
        page.getByLabel(journey.text("Nombre de places", "Number of seats")).fill("1");
        Locator draw = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Tirer au sort", "Draw lots")));
        draw.click();
        Locator inForce = page.locator("code[data-seed]");
        assertThat(inForce).hasText(java.util.regex.Pattern.compile("^[0-9a-f]{32}$"));
        String firstSeed = inForce.textContent();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(3)
                .setName(journey.text("Le tirage de cet appel", "The draw of this call")))).isVisible();
        draw.click();
        assertThat(inForce).not().hasText(firstSeed);
        String secondSeed = inForce.textContent();

        Locator draws = page.locator("ol.draws > li");
        assertThat(draws).hasCount(2);
        assertThat(draws.nth(0)).hasAttribute("data-draw", secondSeed);
        assertThat(draws.nth(0)).containsText(journey.text("En vigueur", "In force"));
        assertThat(draws.nth(1)).hasAttribute("data-draw", firstSeed);
        assertThat(draws.nth(1)).not().containsText(journey.text("En vigueur", "In force"));
        assertThat(draws.nth(1).locator("ol.drawn li")).hasCount(2);
        assertThat(page.getByText(journey.text("seul le plus récent fait foi", "only the newest counts"))).isVisible();
        draws.nth(1).getByText(journey.text("Refaire ce tirage soi-même", "Redo this draw yourself")).click();
        assertThat(draws.nth(1).locator("pre.shell")).containsText("\"" + firstSeed + ":$id\" | sha256sum");
        assertThat(draws.nth(1).locator("pre.shell")).containsText(tied.admitted().applicationId());
        journey.sees("decisions-every-draw");

        tied.admitOneWaitListTheOtherAndTheAdmittedWithdraws(journey.api());
        page.reload();
        // the admitted founder withdrew: out of the ranking, the decision stays on record in its own section
        Locator withdrawn = page.locator("section[aria-labelledby='withdrawn-title'] li[data-application='"
                + tied.admitted().applicationId() + "']");
        assertThat(withdrawn.locator("[data-decision]")).hasText(journey.text("Admise", "Admitted"));
        assertThat(withdrawn.getByRole(AriaRole.LINK)).hasAttribute("href", "/staff/applications/" + tied.admitted().applicationId());
        assertThat(line(page, tied.admitted())).hasCount(0);
        Locator waitlist = page.locator("section[aria-labelledby='waitlist-title']");
        assertThat(waitlist.locator("ol")).containsText(tied.waiting().startupName());
        promote(journey, waitlist, tied.cohortId());
        Locator promoted = line(page, tied.waiting());
        assertThat(promoted.locator("[data-decision]")).hasText(journey.text("Admise", "Admitted"));
        assertThat(promoted.locator("[data-sequence]")).hasAttribute("data-sequence", "2");
        assertThat(promoted).containsText(journey.text("admise depuis la liste d'attente", "admitted from the wait list"));
        assertThat(waitlist).containsText(journey.text("Personne n'attend.", "Nobody is waiting."));
        assertThat(draws.nth(0).locator("ol.tied")).containsText(journey.text("candidature retirée depuis", "application withdrawn since")
                + " (" + tied.admitted().applicationId() + ")");
        assertThat(waitlist.locator("p.promoted")).hasText(journey.text(
                tied.waiting().startupName() + " est admise depuis la liste d'attente dans la cohorte " + tied.cohortName() + " (décision n° 2).",
                tied.waiting().startupName() + " is admitted from the wait list into the cohort " + tied.cohortName() + " (decision no. 2)."));
        journey.sees("decisions-promoted");

        promote(journey, waitlist, tied.cohortId());
        assertThat(waitlist.getByRole(AriaRole.ALERT)).containsText(journey.text("Personne n'attend sur la liste d'attente",
                "Nobody is waiting on the wait list"));
        journey.sees("decisions-nobody-waiting");
    }

    private static void promote(Journey journey, Locator waitlist, String cohortId) {
        waitlist.getByLabel(journey.text("Cohorte", "Cohort")).selectOption(cohortId);
        reasons(journey, waitlist, "Une place s'est libérée.", "A seat came free.");
        waitlist.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(
                journey.text("Admettre la première en attente", "Admit the first one waiting"))).click();
    }

    private static Locator line(Page page, ReviewedCall.Applicant applicant) {
        return page.locator("ol.decisions > li[data-application='" + applicant.applicationId() + "']");
    }

    private static void reasons(Journey journey, Locator line, String french, String english) {
        line.getByLabel(journey.text("Motifs en français", "Reasons in French")).fill(french);
        line.getByLabel(journey.text("Motifs en anglais", "Reasons in English")).fill(english);
    }

    private static void save(Journey journey, Locator line) {
        line.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(journey.text("Enregistrer la décision", "Save the decision")))
                .click();
    }
}
