package org.pepiniere.platform.config;

import java.time.Clock;

import org.pepiniere.platform.security.CurrentUser;
import org.pepiniere.platform.web.CorrelationIdFilter;
import org.pepiniere.platform.web.ProblemDetailsAdvice;
import org.pepiniere.platform.web.RejectedRequestProblems;
import org.pepiniere.platform.web.RequestContext;
import org.slf4j.MDC;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.micrometer.context.ContextRegistry;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;

/** Web plumbing every service shares: the clock, correlation ids and problem details. */
@AutoConfiguration(beforeName = "org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration")
public class PlatformAutoConfiguration {

    static {
        // With automatic context propagation on, the correlation id in the Reactor context is
        // restored into the MDC on whichever thread runs the next operator, so every log line has it.
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
