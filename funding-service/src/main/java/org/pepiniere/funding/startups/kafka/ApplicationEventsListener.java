package org.pepiniere.funding.startups.kafka;

import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.applications.ApplicationSubmitted;
import org.pepiniere.funding.startups.RecordingSubmittedStartup;
import org.pepiniere.platform.events.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;
import reactor.core.publisher.Mono;

@Component
class ApplicationEventsListener {

    private final IdempotentConsumer consumer;
    private final RecordingSubmittedStartup recording;

    ApplicationEventsListener(IdempotentConsumer consumer, RecordingSubmittedStartup recording) {
        this.consumer = consumer;
        this.recording = recording;
    }

    // Other types share the topic; skipping them here keeps them out of the processed-events store.
    @KafkaListener(topics = Topics.APPLICATIONS)
    Mono<Void> on(CloudEvent event) {
        if (!EventTypes.APPLICATION_SUBMITTED.equals(event.getType())) {
            return Mono.empty();
        }
        // The start-up entry is an upsert that only sets on insert: recording it again changes nothing, so the
        // event id need not be stored (one write less per event).
        return consumer.consumeIdempotent(event, incoming -> recording.record(incoming.incubatorId(), incoming.data(ApplicationSubmitted.class)));
    }
}
