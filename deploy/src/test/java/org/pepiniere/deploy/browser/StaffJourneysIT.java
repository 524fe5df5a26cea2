package org.pepiniere.deploy.browser;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.pepiniere.deploy.CallApplicant;
import org.pepiniere.deploy.Juror;
import org.pepiniere.deploy.OpenCall;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The incubator's staff follow the applications, open a call and assign its jury. */
class StaffJourneysIT {

    @JourneyTest
    void staffListTheApplicationsAndOpenTheOneJustSubmitted(Journey journey) {
        EarlierSubmission submitted = EarlierSubmission.by(journey.api(), "Verre Circulaire " + UUID.randomUUID().toString().substring(0, 6));
        Page page = journey.page();
        // the application's page asks for its pitch deck's details; this one was submitted without a deck
        journey.expectAnswer(404, "/deck/info");

        journey.logInAs(DemoAccount.STAFF);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(journey.text("Candidatures de l'incubateur", "The incubator's applications"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(submitted.startupName()))).isVisible();
        journey.sees("applications");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(submitted.startupName())).click();
        assertThat(page).hasURL(journey.stack().gatewayUrl().resolve("/staff/applications/" + submitted.applicationId()).toString());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(journey.text("Candidature", "Application"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName(submitted.startupName()))).isVisible();
        assertThat(page.getByRole(AriaRole.DEFINITION).first()).hasText(journey.text("Soumise", "Submitted"));
        assertThat(page.getByText("Du verre recyclé pour la construction.")).isVisible();
        journey.sees("application");
    }

    @JourneyTest
    void staffOpenACallKeepItsJuryAndAssignIt(Journey journey) {
        String staffToken = journey.api().login(DemoAccount.STAFF.email(), DemoAccount.PASSWORD);
        // a juror is known once they opened their juror space: the demo juror, and a second one staff created
        Juror demo = Juror.demo(journey.api());
        Juror second = Juror.createdBy(journey.api(), staffToken, "Marie Curie " + shortId());
        String title = journey.text("Chimie verte ", "Green chemistry ") + shortId();
        Page page = journey.page();
        journey.logInAs(DemoAccount.STAFF);

        String callId = prepareAndOpen(journey, title);
        CallApplicant applicant = CallApplicant.submittedTo(journey.api(), new OpenCall(callId, title, 2, true, 1),
                "Solvants Verts " + shortId(), "Laboratoire de chimie de Lyon", List.of("chimie"));
        keepTheJury(journey, demo, second);

        // the assignment page asks for the last run, and there is none yet
        journey.expectAnswer(404, "/api/calls/" + callId + "/assignment");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Répartir le jury", "Assign the jury"))).click();
        assertThat(page.getByText(journey.text("La répartition n'a pas encore été lancée.", "The assignment has not been run yet."))).isVisible();
        journey.sees("assignment-never-run");
        runTheAssignment(journey);
        Locator jurors = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(journey.text("Par candidature", "By application")));
        assertThat(jurors.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName(applicant.startupName()))).isVisible();
        assertThat(jurors.getByRole(AriaRole.LISTITEM).getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(demo.displayName())))
                .containsText(journey.text("1 besoin(s) sur 1 couverts (chimie)", "1 of 1 needs covered (chimie)"));
        assertThat(jurors.getByRole(AriaRole.LISTITEM).getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(second.displayName())))
                .containsText(journey.text("choisi", "chosen"));
        Locator loads = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(journey.text("Par juré", "By juror")));
        assertThat(loads.getByRole(AriaRole.DEFINITION)).hasCount(2);
        assertThat(loads.getByRole(AriaRole.DEFINITION).first()).containsText(journey.text("1 candidature(s)", "1 application(s)"));
        journey.sees("assignment");

        journey.expectAnswer(422, "/api/calls/" + callId + "/assignment");
        rule(journey, applicant.startupName(), second.displayName(), journey.text("Interdire", "Forbid"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Lancer la répartition", "Run the assignment"))).click();
        Locator report = page.getByRole(AriaRole.ALERT);
        assertThat(report).containsText(journey.text("Aucune répartition complète n'existe", "No full assignment exists"),
                new LocatorAssertions.ContainsTextOptions().setTimeout(Journey.EVENTUALLY.toMillis()));
        assertThat(report).containsText(journey.text(
                applicant.startupName() + " : seulement 1 juré(s) sans conflit ni interdiction pour 2 évaluations demandées",
                applicant.startupName() + ": only 1 juror(s) without conflict or forbid for the 2 reviews it needs"));
        journey.sees("assignment-infeasible");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Retirer", "Remove")).setExact(true)).click();
        rule(journey, applicant.startupName(), demo.displayName(), journey.text("Imposer", "Pin"));
        runTheAssignment(journey);
        assertThat(jurors.getByRole(AriaRole.LISTITEM).getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(demo.displayName())))
                .containsText(journey.text("imposé", "pinned"));
        assertThat(loads.getByRole(AriaRole.DEFINITION).filter(new Locator.FilterOptions().setHasText(
                journey.text("dont 1 imposée(s)", "1 of them pinned")))).hasCount(1);
        journey.sees("assignment-with-a-pinned-pair");

        readTheApplicationWithItsAnswers(journey, applicant);
    }

    /** From the calls to a new call, its form filled and saved as a draft, then opened; the call's id. */
    private static String prepareAndOpen(Journey journey, String title) {
        Page page = journey.page();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Appels à candidatures", "Calls for applications"))).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(journey.text("Appels à candidatures", "Calls for applications"));
        journey.sees("calls");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Préparer un appel", "Prepare a call"))).click();
        new CallForm(journey).fill(title, 2);
        journey.sees("new-call");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Enregistrer le brouillon", "Save the draft"))).click();
        assertThat(page.getByText(journey.text("Brouillon enregistré.", "Draft saved."))).isVisible();
        assertThat(page).hasURL(Pattern.compile("/staff/calls/[A-Za-z0-9-]+$"));
        journey.sees("call-draft");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Ouvrir l'appel", "Open the call"))).click();
        assertThat(page.getByText(journey.text("L'appel est ouvert.", "The call is open."))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        assertThat(page.getByText(journey.text("Innovation — poids 3, noté de 0 à 5", "Innovation — weight 3, scored 0 to 5"))).isVisible();
        assertThat(page.getByText(journey.text("Équipe — poids 1, noté de 1 à 10", "Team — weight 1, scored 1 to 10"))).isVisible();
        journey.sees("call-open");
        String path = java.net.URI.create(page.url()).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void keepTheJury(Journey journey, Juror demo, Juror second) {
        Page page = journey.page();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Jury de l'appel", "The call's jury"))).click();
        assertThat(page.getByText(journey.text("Le jury est vide.", "The jury is empty."))).isVisible();
        juror(journey, 1, demo, "chimie", "Université de Montpellier");
        juror(journey, 2, second, "levée de fonds", "Bpifrance");
        journey.sees("jury-pool");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Enregistrer le jury", "Save the jury"))).click();
        assertThat(page.getByText(journey.text("Jury enregistré : 2 juré(s).", "Jury saved: 2 juror(s)."))).isVisible();
        page.reload();
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(journey.text("Juré 2", "Juror 2")).setExact(true))
                .getByLabel(journey.text("Expertises", "Expertise"))).hasValue("levée de fonds");
        journey.sees("jury-pool-saved");
    }

    private static void juror(Journey journey, int n, Juror juror, String expertise, String affiliation) {
        Page page = journey.page();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Ajouter un juré", "Add a juror"))).click();
        Locator row = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(journey.text("Juré ", "Juror ") + n).setExact(true));
        row.getByLabel(journey.text("Compte du juré", "Juror account")).selectOption(new SelectOption().setValue(juror.id()));
        assertThat(row.getByLabel(journey.text("Nom affiché", "Displayed name"))).hasValue(juror.displayName());
        row.getByLabel(journey.text("Expertises", "Expertise")).fill(expertise);
        row.getByLabel(journey.text("Organisation", "Organisation")).fill(affiliation);
    }

    private static void rule(Journey journey, String startup, String juror, String kind) {
        Page page = journey.page();
        page.getByLabel(journey.text("Candidature", "Application"), new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(startup));
        page.getByLabel(journey.text("Juré", "Juror"), new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(juror));
        page.getByLabel(journey.text("Règle", "Rule"), new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(kind));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Ajouter la règle", "Add the rule"))).click();
        Locator rules = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(
                journey.text("Paires imposées ou interdites", "Pinned or forbidden pairs")));
        assertThat(rules.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(juror))
                .filter(new Locator.FilterOptions().setHasText(startup))).isVisible();
    }

    private static void runTheAssignment(Journey journey) {
        Page page = journey.page();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Lancer la répartition", "Run the assignment"))).click();
        // the first run of the service loads the solver's native library: more than a page's usual wait
        assertThat(page.getByText(journey.text("Répartition enregistrée.", "Assignment saved.")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(Journey.EVENTUALLY.toMillis()));
    }

    /** The staff's page of the application shows the answers to the call's questions. */
    private static void readTheApplicationWithItsAnswers(Journey journey, CallApplicant applicant) {
        Page page = journey.page();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Candidatures", "Applications")).setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(applicant.startupName())).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(
                journey.text("Réponses aux questions de l'appel", "Answers to the call's questions")))).isVisible();
        assertThat(page.getByText(OpenCall.ANSWERS.get(OpenCall.IMPACT_QUESTION))).isVisible();
        journey.sees("application-with-its-answers");
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
