package org.pepiniere.gateway.routing.wiring;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.ErrorResponseException;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

/** One circuit breaker and one time limit per service, tuned by {@code pepiniere.gateway.*}. */
@Configuration(proxyBeanMethods = false)
class ResilienceConfiguration {

    // Resilience4j's Boot 3 module would declare both registries but refuses to start on Boot 4; Spring Cloud binds their metrics.
    @Bean
    CircuitBreakerRegistry circuitBreakerRegistry(GatewayLimits limits) {
        return CircuitBreakerRegistry.of(circuitBreakerConfig(limits));
    }

    @Bean
    TimeLimiterRegistry timeLimiterRegistry(GatewayLimits limits) {
        return TimeLimiterRegistry.of(timeLimiterConfig(limits));
    }

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakerDefaults(GatewayLimits limits) {
        var circuitBreakerConfig = circuitBreakerConfig(limits);
        var timeLimiterConfig = timeLimiterConfig(limits);
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(circuitBreakerConfig)
                .timeLimiterConfig(timeLimiterConfig)
                .build());
    }

    private static CircuitBreakerConfig circuitBreakerConfig(GatewayLimits limits) {
        var breaker = limits.circuitBreaker();
        return CircuitBreakerConfig.custom()
                .slidingWindowSize(breaker.slidingWindowSize())
                .minimumNumberOfCalls(breaker.minimumNumberOfCalls())
                .failureRateThreshold(breaker.failureRateThreshold())
                .waitDurationInOpenState(breaker.waitDurationInOpenState())
                // the gateway refusing a caller's request says nothing about the health of the service
                .ignoreExceptions(ErrorResponseException.class)
                .build();
    }

    private static TimeLimiterConfig timeLimiterConfig(GatewayLimits limits) {
        return TimeLimiterConfig.custom().timeoutDuration(limits.timeout()).build();
    }
}
