package org.pepiniere.deploy.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;

/**
 * What went wrong in a journey's browser without showing on the page: console errors (a refused
 * Content-Security-Policy shows there), uncaught errors, and requests to the gateway that failed, apart
 * from the answers the journey expects (a refused password, a stale edit).
 */
final class PageProblems {

    // Chromium also logs every 4xx/5xx answer to the console; the answers are judged below, with their expectations
    private static final String FAILED_RESOURCE = "Failed to load resource";
    // a request the page itself cancels, for example when it leaves a view with a fetch under way
    private static final String ABORTED = "net::ERR_ABORTED";

    private final String gatewayOrigin;
    private final List<String> problems = new ArrayList<>();
    private final List<Predicate<Response>> expected = new ArrayList<>();

    private PageProblems(String gatewayOrigin) {
        this.gatewayOrigin = gatewayOrigin;
    }

    static PageProblems watch(BrowserContext context, String gatewayOrigin) {
        PageProblems watcher = new PageProblems(gatewayOrigin);
        context.onConsoleMessage(watcher::console);
        context.onWebError(error -> watcher.add("uncaught error: " + error.error()));
        context.onResponse(watcher::response);
        context.onRequestFailed(watcher::failed);
        return watcher;
    }

    /** An answer of this status to a request whose path contains {@code pathPart} is part of the journey. */
    synchronized void expect(int status, String pathPart) {
        expected.add(response -> response.status() == status && response.url().contains(pathPart));
    }

    synchronized List<String> all() {
        return List.copyOf(problems);
    }

    private void console(ConsoleMessage message) {
        if ("error".equals(message.type()) && !message.text().startsWith(FAILED_RESOURCE)) {
            add("console error: " + message.text() + " (" + message.location() + ")");
        }
    }

    private synchronized void response(Response response) {
        if (response.status() >= 400 && isToGateway(response.url()) && expected.stream().noneMatch(e -> e.test(response))) {
            // not its body: Playwright may wait for it forever inside an event; the services' logs say why they refused
            problems.add("unexpected answer " + response.status() + " to " + response.request().method() + " " + response.url());
        }
    }

    private void failed(Request request) {
        String failure = request.failure();
        if (isToGateway(request.url()) && !ABORTED.equals(failure)) {
            add("request failed: " + request.method() + " " + request.url() + " (" + failure + ")");
        }
    }

    private boolean isToGateway(String url) {
        return url.startsWith(gatewayOrigin);
    }

    private synchronized void add(String problem) {
        problems.add(problem);
    }
}
