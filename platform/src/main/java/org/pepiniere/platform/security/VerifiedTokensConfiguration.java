package org.pepiniere.platform.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Puts {@link VerifiedTokens} in front of whatever JWT decoder a service has, the one Spring Boot
 * builds from the JWK set as well as the gateway's own, so that no service can forget it.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "pepiniere.security.verified-tokens.enabled", havingValue = "true", matchIfMissing = true)
public class VerifiedTokensConfiguration {

    @Bean
    static BeanPostProcessor verifiedTokensDecorator(ObjectProvider<Clock> clock, Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokens)) {
                    long size = environment.getProperty("pepiniere.security.verified-tokens.maximum-size", Long.class, 10_000L);
                    Duration keep = environment.getProperty("pepiniere.security.verified-tokens.keep-at-most", Duration.class,
                            Duration.ofMinutes(5));
                    return new VerifiedTokens(decoder, clock.getIfAvailable(Clock::systemUTC), size, keep);
                }
                return bean;
            }
        };
    }
}
