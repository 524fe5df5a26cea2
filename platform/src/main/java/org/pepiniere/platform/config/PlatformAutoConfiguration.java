package org.pepiniere.platform.config;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.pepiniere.platform.security.CurrentUser;
import org.pepiniere.platform.web.CorrelationIdFilter;
import org.pepiniere.platform.web.ProblemDetailsAdvice;
import org.pepiniere.platform.web.RejectedRequestProblems;
import org.pepiniere.platform.web.RequestContext;
import org.slf4j.MDC;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.PropertyEditorRegistrar;
import org.springframework.beans.PropertyEditorRegistry;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.propertyeditors.CustomNumberEditor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.SessionSynchronization;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerAdapter;

import io.micrometer.context.ContextRegistry;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;

/** Web plumbing every service shares: the clock, correlation ids and problem details. */
@AutoConfiguration(beforeName = "org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration")
public class PlatformAutoConfiguration {

    static {
        // The correlation id in the Reactor context is restored into the MDC by the operators that restore
        // thread locals in Reactor's limited mode (handle, tap, contextCapture); other log lines name it (Correlated).
        ContextRegistry.getInstance().registerThreadLocalAccessor(RequestContext.CORRELATION_ID,
                () -> MDC.get(RequestContext.CORRELATION_ID),
                value -> MDC.put(RequestContext.CORRELATION_ID, value),
                () -> MDC.remove(RequestContext.CORRELATION_ID));
        // the current user comes from the token: the API documents must not ask clients for it as a parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /**
     * A number given empty ({@code ?limit=}) is refused, like any other number that does not parse. The
     * editors go on the initializer every data binder starts from: an {@code @InitBinder} method in an
     * advice would cost every request a new handler method and a scan of its annotations.
     */
    @Bean
    static BeanPostProcessor emptyNumbersRefused() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestMappingHandlerAdapter adapter
                        && adapter.getWebBindingInitializer() instanceof ConfigurableWebBindingInitializer initializer) {
                    var registrars = new ArrayList<PropertyEditorRegistrar>();
                    if (initializer.getPropertyEditorRegistrars() != null) {
                        registrars.addAll(List.of(initializer.getPropertyEditorRegistrars()));
                    }
                    registrars.add(PlatformAutoConfiguration::refuseEmptyNumbers);
                    initializer.setPropertyEditorRegistrars(registrars.toArray(PropertyEditorRegistrar[]::new));
                }
                return bean;
            }
        };
    }

    /**
     * No service uses MongoDB transactions, so no template looks for one: with the default synchronization,
     * every operation of every template asked Spring's reactive transaction context first, and got its
     * answer as an error that it then swallowed: about a sixth of a Kafka listener thread's profile.
     */
    @Bean
    static BeanPostProcessor noTransactionLookups() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ReactiveMongoTemplate template) {
                    template.setSessionSynchronization(SessionSynchronization.NEVER);
                }
                return bean;
            }
        };
    }

    private static void refuseEmptyNumbers(PropertyEditorRegistry registry) {
        registry.registerCustomEditor(int.class, new CustomNumberEditor(Integer.class, false));
        registry.registerCustomEditor(Integer.class, new CustomNumberEditor(Integer.class, false));
        registry.registerCustomEditor(long.class, new CustomNumberEditor(Long.class, false));
        registry.registerCustomEditor(Long.class, new CustomNumberEditor(Long.class, false));
    }

    @Bean
    RejectedRequestProblems rejectedRequestProblems(JsonMapper json) {
        return new RejectedRequestProblems(json);
    }

    /** An empty string is no number, date or object: refused like any other wrong value, never read as null. */
    @Bean
    JsonMapperBuilderCustomizer emptyStringsAreNotNull() {
        return builder -> builder.withCoercionConfigDefaults(
                coercion -> coercion.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }
}
