package org.pepiniere.notifications.people.kafka;

import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.identity.UserRegistered;
import org.pepiniere.notifications.people.ProjectingPeople;
import org.pepiniere.platform.events.IdempotentConsumer;
import org.pepiniere.platform.events.IncomingEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;
import reactor.core.publisher.Mono;

@Component
class IdentityEventsListener {

    private final IdempotentConsumer consumer;
    private final ProjectingPeople projecting;

    IdentityEventsListener(IdempotentConsumer consumer, ProjectingPeople projecting) {
        this.consumer = consumer;
        this.projecting = projecting;
    }

    @KafkaListener(topics = Topics.IDENTITY)
    Mono<Void> on(CloudEvent event) {
        return consumer.consume(event, this::handle);
    }

    private Mono<Void> handle(IncomingEvent event) {
        if (EventTypes.USER_REGISTERED.equals(event.type())) {
            return projecting.registered(event.data(UserRegistered.class));
        }
        return Mono.empty();
    }
}
