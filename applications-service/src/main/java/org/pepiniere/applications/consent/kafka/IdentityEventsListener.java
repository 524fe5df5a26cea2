package org.pepiniere.applications.consent.kafka;

import org.pepiniere.applications.consent.LearningPartnerBanks;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.identity.PartnerBankRegistered;
import org.pepiniere.platform.events.IdempotentConsumer;
import org.pepiniere.platform.events.IncomingEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;
import reactor.core.publisher.Mono;

/**
 * The service's one listener on the identity topic (the platform allows one per topic): a feature that later needs
 * another identity event is called from here, by type.
 */
@Component
class IdentityEventsListener {

    private final IdempotentConsumer consumer;
    private final LearningPartnerBanks banks;

    IdentityEventsListener(IdempotentConsumer consumer, LearningPartnerBanks banks) {
        this.consumer = consumer;
        this.banks = banks;
    }

    @KafkaListener(topics = Topics.IDENTITY)
    Mono<Void> on(CloudEvent event) {
        return consumer.consume(event, this::handle);
    }

    private Mono<Void> handle(IncomingEvent event) {
        if (EventTypes.PARTNER_BANK_REGISTERED.equals(event.type())) {
            return banks.registered(event.data(PartnerBankRegistered.class));
        }
        return Mono.empty();
    }
}
