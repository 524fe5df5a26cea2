package org.pepiniere.platform.config;

import java.time.Clock;

import org.pepiniere.platform.web.CorrelationIdFilter;
import org.pepiniere.platform.web.ProblemDetailsAdvice;
import org.pepiniere.platform.web.RequestContext;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.micrometer.context.ContextRegistry;

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
}
