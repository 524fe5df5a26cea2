package org.pepiniere.deploy.browser;

import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.pepiniere.embedded.ReceivedMail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A founder applies: registers, drafts (saved as they type, a stale edit explained), adds the team, submits, reads the news. */
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

    /** From the founder's applications to a new draft's page; the path of that page. */
    private static String createDraft(Journey journey, String startup) {
        Page page = journey.page();
        // the page asks for the pitch deck's details; a new draft has none yet
        journey.expectAnswer(404, "/deck/info");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("Nouvelle candidature", "New application"))).click();
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
