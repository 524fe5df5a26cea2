package org.pepiniere.embedded.test;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextCustomizerFactory;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedInfrastructure
class EmbeddedInfrastructureExtensionTest {

    @Test
    void givesPlainTestsTheSharedInfrastructure(SharedInfrastructure infrastructure) {
        assertThat(infrastructure).isSameAs(SharedInfrastructure.get());
        assertThat(infrastructure.springProperties()).containsOnlyKeys(
                "spring.kafka.bootstrap-servers", "spring.mongodb.uri", "spring.mail.host", "spring.mail.port");
        assertThat(infrastructure.usesContainers()).isFalse();
    }

    @Test
    void customizesOnlyAnnotatedClassesAndAlwaysEqually() {
        ContextCustomizerFactory factory = new EmbeddedInfrastructureContextCustomizerFactory();

        assertThat(factory.createContextCustomizer(EmbeddedInfrastructureExtensionTest.class, List.of()))
                .isEqualTo(factory.createContextCustomizer(EmbeddedInfrastructureSpringTest.class, List.of()))
                .hasSameHashCodeAs(factory.createContextCustomizer(EmbeddedInfrastructureSpringTest.class, List.of()));
        assertThat(factory.createContextCustomizer(String.class, List.of())).isNull();
    }
}
