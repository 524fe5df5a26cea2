package org.pepiniere.embedded.test;

import java.time.Instant;
import java.util.Map;

import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = EmbeddedInfrastructureSpringTest.Application.class, properties = "spring.mail.port=2")
@EmbeddedInfrastructure
class EmbeddedInfrastructureSpringTest {

    @SpringBootConfiguration
    static class Application {
    }

    @Autowired
    Environment environment;

    @Test
    void injectsTheAddressesOfTheSharedInfrastructureAndTheTestIssuer() {
        SharedInfrastructure infrastructure = SharedInfrastructure.get();

        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(infrastructure.kafkaBootstrapServers());
        assertThat(environment.getProperty("spring.mongodb.uri")).isEqualTo(infrastructure.mongoConnectionString());
        assertThat(environment.getProperty("spring.mail.host")).isEqualTo("127.0.0.1");
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")).isEqualTo(TestIdentity.jwkSetUri());
    }

    @Test
    void letsTheTestsOwnPropertiesWin() {
        assertThat(environment.getProperty("spring.mail.port")).isEqualTo("2");
    }

    @Test
    void findsAnEventPublishedOnTheSharedBroker() {
        CloudEvent sent = TestEvents.event(EventTypes.APPLICATION_SUBMITTED, "app-42", "imt-mines-ales-enscm",
                Map.of("applicationId", "app-42", "occurredAt", Instant.now().toString()));

        TestEvents.publish(Topics.APPLICATIONS, sent);

        CloudEvent found = PublishedEvents.awaitEvent(Topics.APPLICATIONS, EventTypes.APPLICATION_SUBMITTED, "app-42");
        assertThat(found.getId()).isEqualTo(sent.getId());
        assertThat(PublishedEvents.data(found, Map.class)).containsEntry("applicationId", "app-42");
    }
}
