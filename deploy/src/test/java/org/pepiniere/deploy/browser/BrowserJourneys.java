package org.pepiniere.deploy.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.pepiniere.deploy.SharedStack;

/**
 * Runs each {@link JourneyTest} once per language and screen, hands it a {@link Journey} in a fresh browser
 * context of the shared Chromium, on the shared stack, and after it fails it on any problem the page hid.
 */
final class BrowserJourneys implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getTestMethod(), JourneyTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        JourneyTest journey = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), JourneyTest.class).orElseThrow();
        List<TestTemplateInvocationContext> runs = new ArrayList<>();
        for (Language language : journey.languages()) {
            for (Screen screen : journey.screens()) {
                runs.add(new Run(language, screen));
            }
        }
        return runs.stream();
    }

    private record Run(Language language, Screen screen) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return language.locale() + (screen == Screen.DESKTOP ? "" : ", " + screen.name().toLowerCase() + " " + screen.width() + "×" + screen.height());
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Resolver(this));
        }

        String journeyName(ExtensionContext context) {
            return context.getRequiredTestMethod().getName() + "-" + language.tag() + (screen == Screen.DESKTOP ? "" : "-" + screen.name().toLowerCase());
        }
    }

    private record Resolver(Run run) implements ParameterResolver, AfterEachCallback {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Resolver.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Journey.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Journey journey = Journey.start(run.journeyName(context), SharedStack.of(context), Chromium.of(context), run.language(), run.screen());
            context.getStore(NAMESPACE).put(Journey.class, journey);
            return journey;
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Journey journey = context.getStore(NAMESPACE).remove(Journey.class, Journey.class);
            if (journey != null) {
                journey.finish(context.getExecutionException().isPresent());
            }
        }
    }
}
