package org.pepiniere.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.platform.PlatformTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.SessionSynchronization;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/** The template Spring Boot builds for a service never asks for a transaction before an operation. */
@EmbeddedInfrastructure
@SpringBootTest(classes = PlatformTestApplication.class)
class NoTransactionLookupsTest {

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void theServicesTemplateSynchronizesWithNoTransaction() {
        // the template has no getter for it
        assertThat(ReflectionTestUtils.getField(mongo, "sessionSynchronization")).isEqualTo(SessionSynchronization.NEVER);
    }
}
