package org.pepiniere.embedded.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against the {@link SharedInfrastructure} of this JVM. On a Spring test
 * the application context receives {@code spring.kafka.bootstrap-servers}, {@code spring.mongodb.uri},
 * {@code spring.mail.host}, {@code spring.mail.port} and the {@link TestIdentity} JWKS URL as
 * {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}; a test's own inlined properties win.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(EmbeddedInfrastructureExtension.class)
public @interface EmbeddedInfrastructure {
}
