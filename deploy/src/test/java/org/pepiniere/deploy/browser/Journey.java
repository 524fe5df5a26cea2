package org.pepiniere.deploy.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;
import org.pepiniere.deploy.GatewayClient;
import org.pepiniere.deploy.Stack;
import org.pepiniere.embedded.ReceivedMail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One person's visit to the portal in a fresh browser context: the page, the stack behind it, and the
 * steps every journey repeats. Each page the person reaches is passed to {@link #sees(String)}, which keeps
 * its screenshot and fails the journey on an accessibility violation or a hidden problem.
 */
public final class Journey {

    public static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private final String name;
    private final Stack stack;
    private final Language language;
    private final Screen screen;
    private final BrowserContext context;
    private final Page page;
    private final PageProblems problems;
    private final Path screenshots;
    private int pagesSeen;

    private Journey(String name, Stack stack, Language language, Screen screen, BrowserContext context, PageProblems problems) {
        this.name = name;
        this.stack = stack;
        this.language = language;
        this.screen = screen;
        this.context = context;
        this.page = context.newPage();
        this.problems = problems;
        this.screenshots = Artefacts.directory().resolve("screenshots").resolve(name);
    }

    static Journey start(String name, Stack stack, Browser browser, Language language, Screen screen) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(stack.gatewayUrl().toString())
                .setLocale(language.locale())
                .setViewportSize(screen.width(), screen.height())
                .setIsMobile(screen.mobile())
                .setHasTouch(screen.mobile()));
        context.setDefaultTimeout(15_000);
        // the bank's page copies its secret to the clipboard
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        PageProblems problems = PageProblems.watch(context, stack.gatewayUrl().toString());
        Journey journey = new Journey(name, stack, language, screen, context, problems);
        journey.clearScreenshots();
        return journey;
    }

    public Page page() {
        return page;
    }

    public Stack stack() {
        return stack;
    }

    public Language language() {
        return language;
    }

    public Screen screen() {
        return screen;
    }

    /** The text a person sees in this journey's language. */
    public String text(String french, String english) {
        return language.pick(french, english);
    }

    /** Opens a path of the portal, as typed in the address bar. */
    public Page open(String path) {
        page.navigate(path);
        return page;
    }

    /** Opens the portal's home page and, for a journey in English, switches the language as a person would. */
    public Page openPortal() {
        open("/");
        if (language != Language.FR) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
        }
        assertThat(page.locator("html")).hasAttribute("lang", language.tag());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text(
                "Faire grandir les start-up de votre incubateur, de la candidature au financement",
                "Grow your incubator's start-ups, from application to funding"));
        return page;
    }

    /** Logs in through the portal's login page with one of the demo accounts. */
    public void logInAs(DemoAccount account) {
        logIn(account.email(), DemoAccount.PASSWORD);
    }

    /** Goes from the home page to the login page, fills it in and sends it; the caller checks where it lands. */
    public void logIn(String email, String password) {
        openPortal();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("Se connecter", "Log in")).setExact(true)).first().click();
        fillLogIn(page, email, password);
    }

    /** Fills in and sends the login form shown in this tab. */
    public void fillLogIn(Page tab, String email, String password) {
        tab.getByLabel(text("Adresse e-mail", "Email address")).fill(email);
        tab.getByLabel(text("Mot de passe", "Password")).fill(password);
        sees(tab, "login");
        tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("Se connecter", "Log in")).setExact(true)).click();
    }

    /** Creates a founder's account through the portal's registration page, which logs them in. */
    public Founder registerFounder(String name) {
        Founder founder = new Founder(name, "fondatrice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                "un-mot-de-passe-solide");
        openPortal();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("Créer un compte", "Create an account")).setExact(true))
                .first().click();
        page.getByLabel(text("Nom affiché", "Display name")).fill(founder.name());
        page.getByLabel(text("Adresse e-mail", "Email address")).fill(founder.email());
        page.getByLabel(text("Mot de passe", "Password")).fill(founder.password());
        sees("register");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("Créer mon compte", "Create my account"))).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text("Mes candidatures", "My applications"))))
                .isVisible();
        return founder;
    }

    /** Reloads the tab, as a person waiting for news would, until the locator shows. */
    public void reloadUntilVisible(Page tab, Locator locator) {
        clickUntilVisible(tab::reload, locator);
    }

    /** Repeats an action (a refresh button) until the locator shows. */
    public void clickUntilVisible(Runnable action, Locator locator) {
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        while (true) {
            try {
                assertThat(locator).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2_000));
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                action.run();
            }
        }
    }

    /** The stack's API, to set up what a journey starts from (another person's earlier work). */
    public GatewayClient api() {
        return new GatewayClient(stack.gatewayUrl());
    }

    /**
     * The person now sees a page, whose content the caller has already waited for: its full-page screenshot
     * is kept as {@code target/screenshots/<journey>/<nn>-<pageName>.png}, axe-core checks it, and the journey
     * fails on any serious or critical violation or on a problem the page hid (console, failed requests).
     */
    public void sees(String pageName) {
        sees(page, pageName);
    }

    /** As {@link #sees(String)}, for another tab of this journey. */
    public void sees(Page tab, String pageName) {
        pagesSeen++;
        Path file = screenshots.resolve(String.format("%02d-%s.png", pagesSeen, pageName));
        tab.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true).setAnimations(ScreenshotAnimations.DISABLED));
        Accessibility.Audit audit = Accessibility.audit(tab, name, pageName);
        AxeReport.add(audit);
        if (!audit.failing().isEmpty()) {
            throw new AssertionError(audit.failureMessage());
        }
        assertNoHiddenProblem();
    }

    /** A second tab of the same browser: same cookies and local storage, its own session storage. */
    public Page newTab() {
        return context.newPage();
    }

    /** An answer of this status to a path containing {@code pathPart} is part of the journey, not a problem. */
    public void expectAnswer(int status, String pathPart) {
        problems.expect(status, pathPart);
    }

    /** Whether the page is no wider than the screen: a person never scrolls sideways. */
    public void assertNoHorizontalScroll(Page tab) {
        Object fits = tab.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("the page of %s scrolls sideways at %d px", tab.url(), screen.width()).isEqualTo(true);
    }

    /** This tab's {@code localStorage} or {@code sessionStorage}, key by key. */
    @SuppressWarnings("unchecked")
    public Map<String, String> storage(Page tab, String which) {
        return (Map<String, String>) tab.evaluate("which => Object.fromEntries(Object.entries(window[which]))", which);
    }

    /** The emails the SMTP server received for this address, once at least one arrived. */
    public List<ReceivedMail> awaitMailTo(String address) {
        return await("an email to " + address).atMost(EVENTUALLY)
                .until(() -> stack.infrastructure().smtp().receivedBy(address), mails -> !mails.isEmpty());
    }

    void finish(boolean failed) {
        try {
            if (failed && !page.isClosed()) {
                page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("failure.png")).setFullPage(true));
            }
        } finally {
            context.close();
        }
        if (!failed) {
            assertNoHiddenProblem();
        }
    }

    private void assertNoHiddenProblem() {
        assertThat(problems.all()).as("problems in the browser during " + name).isEmpty();
    }

    private void clearScreenshots() {
        try {
            if (Files.isDirectory(screenshots)) {
                try (var files = Files.list(screenshots)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
