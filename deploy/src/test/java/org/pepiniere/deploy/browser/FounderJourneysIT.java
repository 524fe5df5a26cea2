package org.pepiniere.deploy.browser;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.pepiniere.deploy.OpenCall;
import org.pepiniere.deploy.PitchDeck;
import org.pepiniere.embedded.ReceivedMail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A founder applies: registers, drafts (saved as they type, a stale edit explained), adds the team, submits, reads the
 * news; and applies to an open call with its questions, needs, team and pitch deck, then withdraws.
 */
class FounderJourneysIT {

    @JourneyTest
    void aFounderRegistersDraftsSubmitsAndReadsTheNews(Journey journey) {
        Founder founder = journey.registerFounder("Camille Durand");
        Page page = journey.page();
        logOutAndBackIn(journey, founder);
        journey.sees("my-applications");
        String startup = "Chimie Verte " + UUID.randomUUID().toString().substring(0, 6);

        String applicationPath = createDraft(journey, startup);
        String motivation = journey.text("Rejoindre un réseau de chimistes et d'industriels.", "To join a network of chemists and manufacturers.");
        page.getByLabel(journey.text("Pourquoi rejoindre l'incubateur ?", "Why join the incubator?")).fill(motivation);
        assertSaved(journey, page);
        page.reload();
        assertThat(page.getByLabel(journey.text("Pourquoi rejoindre l'incubateur ?", "Why join the incubator?"))).hasValue(motivation);
        journey.sees("draft-saved-as-typed");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Ajouter un membre", "Add a member"))).click();
        Locator member = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(journey.text("Membre 1", "Member 1")));
        member.getByLabel(journey.text("Nom", "Name")).fill("Louise Martin");
        member.getByLabel(journey.text("Adresse e-mail", "Email address")).fill("louise.martin@example.org");
        member.getByLabel(journey.text("Établissement ou entreprise", "School or company")).fill("IMT Mines Alès");
        assertSaved(journey, page);
        page.reload();
        assertThat(member.getByLabel(journey.text("Nom", "Name"))).hasValue("Louise Martin");
        journey.sees("application-with-its-team");

        Page otherTab = journey.newTab();
        otherTab.navigate(applicationPath);
        journey.fillLogIn(otherTab, founder.email(), founder.password());
        String elsewhere = journey.text("Version écrite dans un autre onglet.", "Version written in another tab.");
        summary(journey, otherTab).fill(elsewhere);
        assertSaved(journey, otherTab);
        journey.sees(otherTab, "draft-changed-in-another-tab");
        journey.expectAnswer(412, "/api/applications/");
        summary(journey, page).fill(journey.text("Version écrite dans le premier onglet.", "Version written in the first tab."));
        assertThat(page.getByText(journey.text("Non enregistré : la candidature a changé ailleurs.",
                "Not saved: the application changed elsewhere."))).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText(journey.text(
                "Cette candidature a été modifiée ailleurs", "This application was changed elsewhere"));
        journey.sees("stale-edit-explained");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Charger la dernière version", "Load the latest version"))).click();
        assertThat(summary(journey, page)).hasValue(elsewhere);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Soumettre la candidature", "Submit the application"))).click();
        assertThat(page.getByText(journey.text("Votre candidature a été soumise.", "Your application was submitted."))).isVisible();
        assertThat(page.getByRole(AriaRole.DEFINITION).first()).hasText(journey.text("Soumise", "Submitted"));
        journey.sees("submitted");

        Locator unread = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Notifications, 1 non lues", "Notifications, 1 unread")));
        journey.reloadUntilVisible(page, unread);
        journey.sees("one-unread-notification");
        unread.click();
        assertThat(page.getByRole(AriaRole.ARTICLE)).hasCount(1);
        assertThat(page.getByRole(AriaRole.ARTICLE).getByRole(AriaRole.HEADING))
                .hasText(journey.text("Candidature reçue", "Application received"));
        assertThat(page.getByRole(AriaRole.ARTICLE)).containsText(startup);
        assertThat(page.getByRole(AriaRole.ARTICLE).getByText(journey.text("Non lue", "Unread"), new Locator.GetByTextOptions().setExact(true))).isVisible();
        journey.sees("notifications");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Marquer comme lue", "Mark as read"))).click();
        assertThat(page.getByText(journey.text("Notification marquée comme lue.", "Notification marked as read."))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications").setExact(true))).isVisible();
        assertThat(unread).hasCount(0);
        journey.sees("notification-read");

        ReceivedMail mail = journey.awaitMailTo(founder.email()).get(0);
        assertThat(mail.subject()).isEqualTo(journey.text("Candidature reçue : ", "Application received: ") + startup);
    }

    @JourneyTest(screens = Screen.PHONE)
    void aFounderDraftsOnAPhone(Journey journey) {
        journey.registerFounder("Inès Moreau");
        Page page = journey.page();

        createDraft(journey, "Bois Local " + UUID.randomUUID().toString().substring(0, 6));
        page.getByLabel(journey.text("De quoi avez-vous besoin", "What do you need")).fill(journey.text("Des locaux.", "Premises."));

        assertSaved(journey, page);
        journey.assertNoHorizontalScroll(page);
        journey.sees("application-on-a-phone");
    }

    @JourneyTest
    void aFounderAppliesToAnOpenCallWithADeckAndWithdraws(Journey journey) {
        String staffToken = journey.api().login(DemoAccount.STAFF.email(), DemoAccount.PASSWORD);
        OpenCall call = OpenCall.openedBy(journey.api(), staffToken, journey.text("Chimie verte ", "Green chemistry ") + shortId(), 1, true);
        Founder founder = journey.registerFounder("Camille Durand");
        Page page = journey.page();
        String startup = "Solvants Verts " + shortId();

        pickTheCall(journey, call);
        page.getByLabel(journey.text("Nom de la start-up", "Start-up name")).fill(startup);
        page.getByLabel(journey.text("Secteur", "Sector")).selectOption("CHEMISTRY");
        page.getByLabel(journey.text("Stade", "Stage")).selectOption("PROTOTYPE");
        summary(journey, page).fill(journey.text("Des solvants biosourcés pour l'industrie chimique régionale.",
                "Bio-based solvents for the regional chemical industry."));
        journey.sees("new-application-to-a-call");
        // the page asks for the pitch deck's details; a new draft has none yet
        journey.expectAnswer(404, "/deck/info");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Créer le brouillon", "Create the draft"))).click();
        assertThat(page.getByText(journey.text("Brouillon créé.", "Draft created."))).isVisible();

        answerTheCall(journey, call);
        uploadTheDeck(journey);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Soumettre la candidature", "Submit the application"))).click();
        assertThat(page.getByText(journey.text("Votre candidature a été soumise.", "Your application was submitted."))).isVisible();
        assertThat(page.getByRole(AriaRole.DEFINITION).first()).hasText(journey.text("Soumise", "Submitted"));
        assertThat(page.getByText(OpenCall.ANSWERS.get(OpenCall.IMPACT_QUESTION))).isVisible();
        assertThat(page.getByText(Pattern.compile("^pitch-chimie\\.pdf — "))).isVisible();
        journey.sees("submitted-to-the-call");
        assertThat(journey.awaitMailTo(founder.email())).extracting(ReceivedMail::subject)
                .contains(journey.text("Candidature reçue : ", "Application received: ") + startup);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Retirer la candidature", "Withdraw the application"))).click();
        assertThat(page.getByText(journey.text("Confirmez-vous le retrait", "Do you confirm withdrawing"))).isFocused();
        journey.sees("withdrawal-asked");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Confirmer le retrait", "Confirm the withdrawal"))).click();
        assertThat(page.getByText(journey.text("Votre candidature a été retirée.", "Your application has been withdrawn."))).isVisible();
        assertThat(page.getByRole(AriaRole.DEFINITION).first()).hasText(journey.text("Retirée", "Withdrawn"));
        assertThat(page.getByText(Pattern.compile("^pitch-chimie\\.pdf — "))).isVisible();
        journey.sees("withdrawn");
        String withdrawn = journey.text("Candidature retirée : ", "Application withdrawn: ") + startup;
        org.awaitility.Awaitility.await("the email about the withdrawal").atMost(Journey.EVENTUALLY).untilAsserted(() ->
                assertThat(journey.awaitMailTo(founder.email())).extracting(ReceivedMail::subject).contains(withdrawn));
    }

    /** From the open calls to the call's page, then to a new application with the call chosen. */
    private static void pickTheCall(Journey journey, OpenCall call) {
        Page page = journey.page();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Appels ouverts", "Open calls"))).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(call.title())).click();
        assertThat(page.getByText(journey.text("Cet appel reçoit des candidatures en ce moment.", "This call is taking applications now.")))
                .isVisible();
        assertThat(page.getByText(journey.text("Quel impact visez-vous ?", "What impact do you aim for?"))).isVisible();
        journey.sees("open-call");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Candidater à cet appel", "Apply to this call"))).click();
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(call.title()))).isChecked();
    }

    /** The call's questions, a need and a team member with an affiliation, saved as typed. */
    private static void answerTheCall(Journey journey, OpenCall call) {
        Page page = journey.page();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(
                journey.text("Questions de l'appel « " + call.title() + " »", "Questions of the call “" + call.title() + "”")))).isVisible();
        page.getByLabel(journey.text("Quel impact visez-vous ?", "What impact do you aim for?"))
                .fill(OpenCall.ANSWERS.get(OpenCall.IMPACT_QUESTION));
        page.getByLabel(journey.text("Combien d'emplois d'ici trois ans ?", "How many jobs within three years?"))
                .fill(OpenCall.ANSWERS.get(OpenCall.JOBS_QUESTION));
        page.getByLabel(journey.text("Ajouter un besoin", "Add a need")).fill("Chimie");
        page.getByLabel(journey.text("Ajouter un besoin", "Add a need")).press("Enter");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                journey.text("Retirer le besoin « chimie »", "Remove the need “chimie”")))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Ajouter un membre", "Add a member"))).click();
        Locator member = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(journey.text("Membre 1", "Member 1")));
        member.getByLabel(journey.text("Nom", "Name")).fill("Louise Martin");
        member.getByLabel(journey.text("Adresse e-mail", "Email address")).fill("louise.martin@example.org");
        member.getByLabel(journey.text("Établissement ou entreprise", "School or company")).fill("Laboratoire de chimie de Lyon");
        assertSaved(journey, page);
        page.reload();
        assertThat(page.getByLabel(journey.text("Combien d'emplois d'ici trois ans ?", "How many jobs within three years?")))
                .hasValue(OpenCall.ANSWERS.get(OpenCall.JOBS_QUESTION));
        assertThat(member.getByLabel(journey.text("Établissement ou entreprise", "School or company"))).hasValue("Laboratoire de chimie de Lyon");
        journey.sees("call-answered");
    }

    /** A small real PDF through the file input; the upload's progress is read out as it goes, then the deck is shown. */
    private static void uploadTheDeck(Journey journey) {
        Page page = journey.page();
        Locator status = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Pitch deck")).getByRole(AriaRole.STATUS);
        status.evaluate("element => { window.deckStatuses = []; new MutationObserver(() => window.deckStatuses.push(element.textContent))"
                + ".observe(element, { childList: true, characterData: true, subtree: true }); }");
        page.getByLabel(journey.text("Pitch deck (PDF, 20 Mo max)", "Pitch deck (PDF, 20 MB max)"))
                .setInputFiles(PitchDeck.file(Artefacts.directory().resolve("decks"), "pitch-chimie.pdf"));
        assertThat(status).hasText(journey.text("Pitch deck enregistré.", "Pitch deck saved."));
        assertThat(page.getByText(Pattern.compile("^pitch-chimie\\.pdf — "))).isVisible();
        @SuppressWarnings("unchecked")
        List<String> statuses = (List<String>) page.evaluate("() => window.deckStatuses");
        assertThat(statuses).anySatisfy(text -> assertThat(text).startsWith(journey.text("Envoi du pitch deck : ", "Sending the pitch deck: ")));
        journey.sees("deck-uploaded");
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** From the founder's applications to a new spontaneous draft's page, outside any call; the path of that page. */
    private static String createDraft(Journey journey, String startup) {
        Page page = journey.page();
        // the page asks for the pitch deck's details; a new draft has none yet
        journey.expectAnswer(404, "/deck/info");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Nouvelle candidature", "New application"))).click();
        // the open call closing first is chosen unless the founder says otherwise; other journeys open calls
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(
                journey.text("Sans appel : candidature spontanée", "No call: spontaneous application"))).check();
        page.getByLabel(journey.text("Nom de la start-up", "Start-up name")).fill(startup);
        page.getByLabel(journey.text("Secteur", "Sector")).selectOption("CHEMISTRY");
        page.getByLabel(journey.text("Stade", "Stage")).selectOption("PROTOTYPE");
        summary(journey, page).fill(journey.text("Des solvants biosourcés pour l'industrie chimique régionale.",
                "Bio-based solvents for the regional chemical industry."));
        journey.sees("new-application");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Créer le brouillon", "Create the draft"))).click();
        assertThat(page.getByText(journey.text("Brouillon créé.", "Draft created."))).isVisible();
        assertThat(page).hasURL(Pattern.compile("/founder/applications/[A-Za-z0-9_-]+$"));
        journey.sees("draft-created");
        return URI.create(page.url()).getPath();
    }

    private static void logOutAndBackIn(Journey journey, Founder founder) {
        Page page = journey.page();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Se déconnecter", "Log out"))).click();
        assertThat(page.getByText(journey.text("Vous êtes déconnecté·e.", "You are logged out."))).isVisible();
        journey.fillLogIn(page, founder.email(), founder.password());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(journey.text("Mes candidatures", "My applications"))))
                .isVisible();
        assertThat(page.getByText(journey.text("Vous n'avez pas encore de candidature.", "You have no application yet."))).isVisible();
    }

    private static Locator summary(Journey journey, Page tab) {
        return tab.getByLabel(journey.text("Résumé du projet", "Project summary"));
    }

    private static void assertSaved(Journey journey, Page tab) {
        assertThat(tab.getByText(journey.text("Brouillon enregistré", "Draft saved"), new Page.GetByTextOptions().setExact(true))).isVisible();
    }
}
