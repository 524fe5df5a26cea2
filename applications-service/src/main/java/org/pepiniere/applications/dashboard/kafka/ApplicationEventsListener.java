package org.pepiniere.applications.dashboard.kafka;

import org.pepiniere.applications.dashboard.FollowingStartups;
import org.pepiniere.applications.decisions.TakingSeats;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.applications.ApplicationWithdrawn;
import org.pepiniere.contracts.decisions.ApplicationDecided;
import org.pepiniere.platform.events.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;
import reactor.core.publisher.Mono;

/**
 * The service's one listener on its own topic: decisions reach the dashboard through Kafka, as they reach every other
 * consumer, so that the projection is fed the same way whoever publishes them. Another feature of this service that
 * needs events of this topic is called from here, by type (one listener per topic and group: platform rule).
 */
@Component
class ApplicationEventsListener {

    private final IdempotentConsumer consumer;
    private final FollowingStartups following;
    private final TakingSeats seats;

    ApplicationEventsListener(IdempotentConsumer consumer, FollowingStartups following, TakingSeats seats) {
        this.consumer = consumer;
        this.following = following;
        this.seats = seats;
    }

    // Other types share the topic; skipping them here keeps them out of the processed-events store.
    @KafkaListener(topics = Topics.APPLICATIONS)
    Mono<Void> on(CloudEvent event) {
        if (EventTypes.APPLICATION_DECIDED.equals(event.getType())) {
            return consumer.consume(event, incoming -> following.on(incoming.data(ApplicationDecided.class)));
        }
        if (EventTypes.APPLICATION_WITHDRAWN.equals(event.getType())) {
            return consumer.consume(event, incoming -> withdrawn(incoming.data(ApplicationWithdrawn.class)));
        }
        return Mono.empty();
    }

    /** The start-up leaves the dashboard and, if it was admitted, its seat; both are idempotent, so a retry redoes both. */
    private Mono<Void> withdrawn(ApplicationWithdrawn withdrawn) {
        return following.on(withdrawn).then(seats.freeWithdrawn(withdrawn.incubatorId(), withdrawn.applicationId()));
    }
}
