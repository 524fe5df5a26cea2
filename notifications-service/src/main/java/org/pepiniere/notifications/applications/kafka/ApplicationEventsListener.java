package org.pepiniere.notifications.applications.kafka;

import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.applications.ApplicationSubmitted;
import org.pepiniere.contracts.applications.ApplicationWithdrawn;
import org.pepiniere.contracts.decisions.ApplicationDecided;
import org.pepiniere.notifications.applications.AcknowledgingSubmissions;
import org.pepiniere.notifications.applications.AcknowledgingWithdrawals;
import org.pepiniere.notifications.applications.AnnouncingDecisions;
import org.pepiniere.platform.events.IdempotentConsumer;
import org.pepiniere.platform.events.IncomingEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;
import reactor.core.publisher.Mono;

@Component
class ApplicationEventsListener {

    private final IdempotentConsumer consumer;
    private final AcknowledgingSubmissions submissions;
    private final AcknowledgingWithdrawals withdrawals;
    private final AnnouncingDecisions decisions;

    ApplicationEventsListener(IdempotentConsumer consumer, AcknowledgingSubmissions submissions,
            AcknowledgingWithdrawals withdrawals, AnnouncingDecisions decisions) {
        this.consumer = consumer;
        this.submissions = submissions;
        this.withdrawals = withdrawals;
        this.decisions = decisions;
    }

    @KafkaListener(topics = Topics.APPLICATIONS)
    Mono<Void> on(CloudEvent event) {
        // Every effect's id derives from the event id (emails, feed entries, deliveries), so handling an event
        // again adds nothing: the event id need not be stored (one write less per event).
        return consumer.consumeIdempotent(event, this::handle);
    }

    private Mono<Void> handle(IncomingEvent event) {
        // The platform's consumer already refused an event whose envelope and data name different incubators.
        if (EventTypes.APPLICATION_SUBMITTED.equals(event.type())) {
            return submissions.submitted(event.id(), event.data(ApplicationSubmitted.class));
        }
        if (EventTypes.APPLICATION_WITHDRAWN.equals(event.type())) {
            return withdrawals.withdrawn(event.id(), event.data(ApplicationWithdrawn.class));
        }
        if (EventTypes.APPLICATION_DECIDED.equals(event.type())) {
            return decisions.decided(event.id(), event.data(ApplicationDecided.class));
        }
        return Mono.empty();
    }
}
