package org.pepiniere.deploy.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Chromium per test JVM (a {@link Browser} parameter, or {@link #of(ExtensionContext)}), closed with
 * JUnit's root context. It is the system's (Debian's {@code chromium} package, or the executable named by
 * {@code PEPINIERE_CHROMIUM}); on a machine without one, Playwright downloads its own build.
 */
final class Chromium implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);
    private static final String EXECUTABLE_VARIABLE = "PEPINIERE_CHROMIUM";
    // the Debian binary itself: the /usr/bin wrapper works too but prints a few lines of noise
    private static final List<String> USUAL_PLACES = List.of("/usr/lib/chromium/chromium", "/usr/bin/chromium");

    static Browser of(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Launched.class, key -> launch(), Launched.class).browser();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return of(context);
    }

    private static Launched launch() {
        long begin = System.nanoTime();
        Optional<Path> system = systemExecutable();
        Playwright playwright = system.isPresent()
                ? Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))
                : Playwright.create();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true);
        system.ifPresent(options::setExecutablePath);
        Browser browser;
        try {
            browser = playwright.chromium().launch(options);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
        System.out.printf("Chromium %s (%s) launched in %d ms%n", browser.version(),
                system.map(Path::toString).orElse("Playwright's download"), (System.nanoTime() - begin) / 1_000_000);
        return new Launched(playwright, browser);
    }

    private static Optional<Path> systemExecutable() {
        String named = System.getenv(EXECUTABLE_VARIABLE);
        if (named != null && !named.isBlank()) {
            Path path = Path.of(named.trim());
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException(EXECUTABLE_VARIABLE + " names " + path + ", which is not an executable");
            }
            return Optional.of(path);
        }
        return USUAL_PLACES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    private record Launched(Playwright playwright, Browser browser) implements AutoCloseable {

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
