package org.pepiniere.applications.dashboard.kafka;

import org.pepiniere.applications.dashboard.FollowingStartups;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.mentoring.MentoringSessionLogged;
import org.pepiniere.platform.events.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;
import reactor.core.publisher.Mono;

/** Mentoring sessions count as hours on the dashboard; the topic's other types are not this service's concern. */
@Component
class MentoringEventsListener {

    private final IdempotentConsumer consumer;
    private final FollowingStartups following;

    MentoringEventsListener(IdempotentConsumer consumer, FollowingStartups following) {
        this.consumer = consumer;
        this.following = following;
    }

    @KafkaListener(topics = Topics.MENTORING)
    Mono<Void> on(CloudEvent event) {
        if (!EventTypes.MENTORING_SESSION_LOGGED.equals(event.getType())) {
            return Mono.empty();
        }
        return consumer.consume(event, incoming -> following.on(incoming.data(MentoringSessionLogged.class)));
    }
}
