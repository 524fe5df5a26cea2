package org.pepiniere.embedded.test;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;
import org.springframework.util.ClassUtils;

/**
 * Adds the addresses of the shared infrastructure to the context, below the test's inlined properties and
 * above the application's own configuration. Every instance is equal: they all point at the same
 * infrastructure, so Spring's context cache can share the contexts.
 */
final class EmbeddedInfrastructureContextCustomizer implements ContextCustomizer {

    static final String PROPERTY_SOURCE = "pepiniereEmbeddedInfrastructure";

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
        Map<String, Object> properties = new LinkedHashMap<>(SharedInfrastructure.get().springProperties());
        if (ClassUtils.isPresent("com.nimbusds.jose.jwk.JWKSet", getClass().getClassLoader())) {
            properties.put(TestIdentity.JWK_SET_URI_PROPERTY, TestIdentity.jwkSetUri());
        }
        MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE, properties);
        MutablePropertySources sources = context.getEnvironment().getPropertySources();
        if (sources.contains(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, source);
        } else {
            sources.addFirst(source);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmbeddedInfrastructureContextCustomizer;
    }

    @Override
    public int hashCode() {
        return EmbeddedInfrastructureContextCustomizer.class.hashCode();
    }
}
