package org.pepiniere.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.embedded.test.TestIdentity;
import org.pepiniere.platform.kafka.ListenerRules.Listener;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.annotation.KafkaListener;

import io.cloudevents.CloudEvent;
import reactor.core.publisher.Mono;

class ListenerRulesTest {

    static final String TOPIC = "pepiniere.listener-rules-test.v1";

    @Test
    void acceptsOneListenerPerTopicInTheServicesGroup() {
        var listeners = List.of(new Listener("people", "svc", List.of("identity")), new Listener("applications", "svc", List.of("applications")));

        assertThat(ListenerRules.violations("svc", listeners)).isEmpty();
    }

    @Test
    void refusesTwoListenersOnOneTopic() {
        var listeners = List.of(new Listener("feed", "svc", List.of("applications")), new Listener("email", "svc", List.of("applications")));

        assertThat(ListenerRules.violations("svc", listeners)).singleElement().asString()
                .contains("Topic applications has 2 Kafka listeners [feed, email]");
    }

    @Test
    void refusesAListenerOutsideTheServicesGroup() {
        var listeners = List.of(new Listener("feed", "other", List.of("applications")));

        assertThat(ListenerRules.violations("svc", listeners)).singleElement().asString()
                .contains("Kafka listener feed is in consumer group other");
    }

    @Test
    void stopsAServiceWithTwoListenersOnOneTopicFromStarting() {
        var properties = new HashMap<String, Object>(SharedInfrastructure.get().springProperties());
        properties.put(TestIdentity.JWK_SET_URI_PROPERTY, TestIdentity.jwkSetUri());
        properties.put("spring.application.name", "listener-rules-test");
        properties.put("server.port", "0");

        var start = new SpringApplicationBuilder(TwoListenersOnOneTopic.class).properties(properties);

        assertThatThrownBy(start::run).rootCause()
                .hasMessageContaining("Topic " + TOPIC + " has 2 Kafka listeners");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import({FeedListener.class, EmailListener.class})
    static class TwoListenersOnOneTopic {
    }

    static class FeedListener {
        @KafkaListener(id = "feed", topics = TOPIC, autoStartup = "false")
        Mono<Void> on(CloudEvent event) {
            return Mono.empty();
        }
    }

    static class EmailListener {
        @KafkaListener(id = "email", topics = TOPIC, autoStartup = "false")
        Mono<Void> on(CloudEvent event) {
            return Mono.empty();
        }
    }
}
