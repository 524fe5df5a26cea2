package org.pepiniere.gateway.identity.wiring;

import java.util.EnumMap;
import java.util.Map;

import org.pepiniere.gateway.identity.limits.AttemptLimits;
import org.pepiniere.gateway.identity.limits.AttemptLimits.Kind;
import org.pepiniere.gateway.identity.limits.AttemptLimits.Limit;
import org.pepiniere.gateway.identity.web.AttemptGate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limits on logins and registrations, from {@code pepiniere.identity.rate-limits}. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    @Bean
    AttemptGate attemptGate(IdentityProperties properties) {
        var limits = properties.rateLimits();
        Map<Kind, Limit> perKind = new EnumMap<>(Kind.class);
        if (limits.enabled()) {
            perKind.put(Kind.LOGIN_BY_ADDRESS, new Limit(limits.loginPerAddress(), limits.period()));
            perKind.put(Kind.LOGIN_BY_ACCOUNT, new Limit(limits.loginPerAccount(), limits.period()));
            perKind.put(Kind.REGISTRATION_BY_ADDRESS, new Limit(limits.registrationPerAddress(), limits.period()));
            perKind.put(Kind.REGISTRATION_BY_ACCOUNT, new Limit(limits.registrationPerAccount(), limits.period()));
        }
        return new AttemptGate(new AttemptLimits(perKind, limits.maxTrackedKeys()), limits.trustForwardedFor());
    }
}
