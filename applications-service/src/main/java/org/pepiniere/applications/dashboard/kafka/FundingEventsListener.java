package org.pepiniere.applications.dashboard.kafka;

import org.pepiniere.applications.dashboard.FollowingStartups;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.funding.FundingDecided;
import org.pepiniere.contracts.funding.TrancheReleased;
import org.pepiniere.platform.events.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;
import reactor.core.publisher.Mono;

/** Funding decided and tranches released count as granted and released amounts on the dashboard. */
@Component
class FundingEventsListener {

    private final IdempotentConsumer consumer;
    private final FollowingStartups following;

    FundingEventsListener(IdempotentConsumer consumer, FollowingStartups following) {
        this.consumer = consumer;
        this.following = following;
    }

    @KafkaListener(topics = Topics.FUNDING)
    Mono<Void> on(CloudEvent event) {
        if (EventTypes.FUNDING_DECIDED.equals(event.getType())) {
            return consumer.consume(event, incoming -> following.on(incoming.data(FundingDecided.class)));
        }
        if (EventTypes.TRANCHE_RELEASED.equals(event.getType())) {
            return consumer.consume(event, incoming -> following.on(incoming.data(TrancheReleased.class)));
        }
        return Mono.empty();
    }
}
