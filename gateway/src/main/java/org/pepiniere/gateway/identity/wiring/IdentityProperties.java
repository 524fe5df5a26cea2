package org.pepiniere.gateway.identity.wiring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tokenLifetime  how long an access token stays valid
 * @param bcryptStrength log2 of the BCrypt rounds
 * @param seedDemo       whether the demo incubator and its users are created at start
 */
@ConfigurationProperties("pepiniere.identity")
record IdentityProperties(
        @DefaultValue("1h") Duration tokenLifetime,
        @DefaultValue("10") int bcryptStrength,
        @DefaultValue("true") boolean seedDemo) {
}
