package org.pepiniere.mentoring.startups.kafka;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.test.ArchitectureRules;
import org.springframework.kafka.annotation.KafkaListener;

import com.tngtech.archunit.core.importer.ClassFileImporter;

import io.cloudevents.CloudEvent;
import reactor.core.publisher.Mono;

class ListenersGoThroughThePlatformTest {

    static class ListenerThatBypassesTheConsumer {
        @KafkaListener(topics = "pepiniere.applications.v1")
        Mono<Void> on(CloudEvent event) {
            return Mono.empty();
        }
    }

    @Test
    void refusesAListenerThatSkipsTheTenantCheck() {
        var classes = new ClassFileImporter().importClasses(ListenerThatBypassesTheConsumer.class);

        assertThatThrownBy(() -> ArchitectureRules.kafkaListenersGoThroughTheIdempotentConsumer.check(classes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ListenerThatBypassesTheConsumer");
    }

    @Test
    void acceptsTheStartupsListener() {
        var classes = new ClassFileImporter().importClasses(ApplicationEventsListener.class);

        assertThatCode(() -> ArchitectureRules.kafkaListenersGoThroughTheIdempotentConsumer.check(classes)).doesNotThrowAnyException();
    }
}
