package org.pepiniere.deploy.browser;

import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The home page and the session: its languages, logging in and out with a demo account, a refused password. */
class HomePageJourneysIT {

    private static final Pattern TOKEN = Pattern.compile("^eyJ[\\w-]*\\.[\\w-]+\\.[\\w-]+$");

    @JourneyTest(languages = Language.FR)
    void opensInFrenchAndStaysInEnglishOnceSwitched(Journey journey) {
        Page page = journey.open("/");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(heading(page)).hasText("Faire grandir les start-up de votre incubateur, de la candidature au financement");
        journey.sees("home-in-french");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.reload();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(heading(page)).hasText("Grow your incubator's start-ups, from application to funding");
        assertThat(page).hasTitle(Pattern.compile("^Grow your incubator's start-ups"));
        journey.sees("home-in-english-after-reload");
    }

    @JourneyTest
    void aDemoFounderLogsInAndSeesTheirSpace(Journey journey) {
        journey.logInAs(DemoAccount.FOUNDER);

        Page page = journey.page();
        assertThat(heading(page)).hasText(journey.text("Mes candidatures", "My applications"));
        assertThat(page.getByText(journey.text("Connecté·e :", "Logged in:"))).isVisible();
        assertThat(tokensIn(journey.storage(page, "sessionStorage"))).isEqualTo(1);
        assertThat(tokensIn(journey.storage(page, "localStorage"))).isZero();
        journey.sees("my-applications");
    }

    @JourneyTest
    void loggingOutForgetsTheToken(Journey journey) {
        journey.logInAs(DemoAccount.FOUNDER);
        Page page = journey.page();
        assertThat(heading(page)).hasText(journey.text("Mes candidatures", "My applications"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Se déconnecter", "Log out"))).click();

        assertThat(page.getByText(journey.text("Vous êtes déconnecté·e.", "You are logged out."))).isVisible();
        assertThat(tokensIn(journey.storage(page, "sessionStorage"))).isZero();
        assertThat(tokensIn(journey.storage(page, "localStorage"))).isZero();
        journey.sees("logged-out");
        journey.open("/founder/applications");
        assertThat(page.getByText(journey.text("Connectez-vous pour ouvrir cette page.", "Log in to open this page."))).isVisible();
        assertThat(page).hasURL(Pattern.compile("/login\\?next="));
    }

    @JourneyTest
    void aWrongPasswordIsRefusedOnThePage(Journey journey) {
        journey.expectAnswer(401, "/api/auth/login");

        journey.logIn(DemoAccount.FOUNDER.email(), "not-the-demo-password");

        Page page = journey.page();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(journey.text(
                "L'adresse électronique ou le mot de passe est incorrect.", "The email address or the password is wrong."));
        assertThat(tokensIn(journey.storage(page, "sessionStorage"))).isZero();
        journey.sees("password-refused");
    }

    @JourneyTest(screens = Screen.PHONE)
    void theHomePageFitsAPhone(Journey journey) {
        Page page = journey.openPortal();

        assertThat(heading(page)).isVisible();

        journey.assertNoHorizontalScroll(page);
        journey.sees("home-on-a-phone");
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static long tokensIn(Map<String, String> storage) {
        return storage.values().stream().filter(value -> value != null && TOKEN.matcher(value).matches()).count();
    }
}
