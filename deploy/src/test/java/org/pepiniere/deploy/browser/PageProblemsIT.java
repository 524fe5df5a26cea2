package org.pepiniere.deploy.browser;

import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pepiniere.deploy.SharedStack;
import org.pepiniere.deploy.Stack;

import static org.assertj.core.api.Assertions.assertThat;

/** The watch every journey keeps on its browser sees what a page hides, and lets pass what a journey expects. */
@ExtendWith({SharedStack.class, Chromium.class})
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PageProblemsIT {

    @Test
    void reportsAConsoleErrorAnUncaughtErrorAndARefusedRequest(Stack stack, Browser browser) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(stack.gatewayUrl().toString()))) {
            PageProblems problems = PageProblems.watch(context, stack.gatewayUrl().toString());
            Page page = context.newPage();
            page.navigate("/");

            page.evaluate("() => { console.error('a broken page'); setTimeout(() => { throw new Error('nobody caught this'); });"
                    + " fetch('/api/notifications'); }");

            // Playwright hands events over only while the test thread waits in it
            page.waitForCondition(() -> problems.all().size() == 3);
            assertThat(problems.all()).anySatisfy(problem -> assertThat(problem).startsWith("console error: a broken page"))
                    .anySatisfy(problem -> assertThat(problem).startsWith("uncaught error:").contains("nobody caught this"))
                    .anySatisfy(problem -> assertThat(problem).startsWith("unexpected answer 401 to GET ").contains("/api/notifications"));
        }
    }

    @Test
    void letsPassAnAnswerTheJourneyExpects(Stack stack, Browser browser) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(stack.gatewayUrl().toString()))) {
            PageProblems problems = PageProblems.watch(context, stack.gatewayUrl().toString());
            problems.expect(401, "/api/notifications");
            Page page = context.newPage();
            page.navigate("/");

            page.evaluate("() => fetch('/api/notifications').then(() => fetch('/assets/no-such-file.js'))");

            // the expected answer came first: once the second one is reported, the first was let pass
            page.waitForCondition(() -> problems.all().size() > 0);
            assertThat(problems.all()).singleElement().asString().startsWith("unexpected answer 404 to GET ").contains("/assets/no-such-file.js");
        }
    }
}
