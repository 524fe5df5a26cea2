package org.pepiniere.deploy.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser journey through the portal, on the shared stack in a real Chromium: it runs once per language
 * and screen, each time in a fresh browser context, and takes a {@link Journey} parameter.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BrowserJourneys.class)
@Tag("browser")
// a page that never answers fails its journey instead of holding the build
@Timeout(value = 3, unit = TimeUnit.MINUTES)
public @interface JourneyTest {

    Language[] languages() default {Language.FR, Language.EN};

    Screen[] screens() default Screen.DESKTOP;
}
