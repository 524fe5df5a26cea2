package org.pepiniere.deploy.browser;

import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The home page: its languages, logging in and out with a demo account, a refused password. */
class HomePageJourneysIT {

    private static final Pattern TOKEN = Pattern.compile("^eyJ[\\w-]*\\.[\\w-]+\\.[\\w-]+$");

    @JourneyTest(languages = Language.FR)
    void opensInFrenchAndStaysInEnglishOnceSwitched(Journey journey) {
        Page page = journey.open("/");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(heading(page)).containsText("Faire grandir les start-up de votre incubateur");
        journey.sees("home-in-french");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
        page.reload();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(heading(page)).containsText("Grow your incubator's start-ups");
        assertThat(page).hasTitle(Pattern.compile("the platform for start-up incubators"));
        journey.sees("home-in-english-after-reload");
    }

    @JourneyTest
    void aDemoFounderLogsInAndSeesTheirSession(Journey journey) {
        Page page = journey.openPortal();

        journey.logInAs(DemoAccount.FOUNDER);

        assertThat(page.getByText(journey.text("Session ouverte pour", "Logged in as")))
                .containsText(DemoAccount.FOUNDER.email());
        assertThat(tokensIn(journey.storage(page, "localStorage"))).isZero();
        journey.sees("logged-in");
    }

    @JourneyTest
    void loggingOutForgetsTheToken(Journey journey) {
        Page page = journey.openPortal();
        journey.logInAs(DemoAccount.FOUNDER);
        Locator logOut = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Se déconnecter", "Log out")));

        logOut.click();

        assertThat(page.getByText(journey.text("Session fermée.", "You are logged out."))).isVisible();
        assertThat(tokensIn(journey.storage(page, "sessionStorage"))).isZero();
        assertThat(tokensIn(journey.storage(page, "localStorage"))).isZero();
        journey.sees("logged-out");
        page.reload();
        assertThat(page.getByLabel(journey.text("Mot de passe", "Password"))).isVisible();
        assertThat(logOut).isHidden();
    }

    @JourneyTest
    void aWrongPasswordIsRefusedOnThePage(Journey journey) {
        Page page = journey.openPortal();
        journey.expectAnswer(401, "/api/auth/login");

        journey.logIn(DemoAccount.FOUNDER.email(), "not-the-demo-password");

        assertThat(page.getByRole(AriaRole.STATUS)
                .getByText(journey.text("Adresse e-mail ou mot de passe incorrect.", "Wrong email address or password."))).isVisible();
        assertThat(tokensIn(journey.storage(page, "sessionStorage"))).isZero();
        journey.sees("password-refused");
    }

    @JourneyTest(screens = Screen.PHONE)
    void theHomePageFitsAPhone(Journey journey) {
        Page page = journey.openPortal();

        journey.logInAs(DemoAccount.STAFF);

        assertThat(page.getByText(journey.text("Session ouverte pour", "Logged in as"))).containsText(DemoAccount.STAFF.email());
        journey.assertNoHorizontalScroll(page);
        journey.sees("logged-in-on-a-phone");
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static long tokensIn(Map<String, String> storage) {
        return storage.values().stream().filter(value -> value != null && TOKEN.matcher(value).matches()).count();
    }
}
