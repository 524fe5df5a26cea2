package org.pepiniere.platform.kafka;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.pepiniere.contracts.EventExtensions;
import org.pepiniere.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pepiniere.platform.events.CloudEventMapping;
import org.pepiniere.platform.events.IdempotentConsumer;
import org.pepiniere.platform.events.RejectedEvent;
import org.pepiniere.platform.outbox.Outbox;
import org.pepiniere.platform.outbox.OutboxCollection;
import org.pepiniere.platform.outbox.OutboxHealthIndicator;
import org.pepiniere.platform.outbox.OutboxStatus;
import org.pepiniere.platform.outbox.OutboxRelay;
import org.pepiniere.platform.web.Correlated;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events in and out for every service: the outbox and its relay, the idempotent consumer, the
 * dead-letter topic of the service's consumer group, and the topics of the catalogue.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, DataMongoReactiveAutoConfiguration.class})
public class KafkaEventsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventsConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(JsonMapper json, Clock clock, OutboxRelay relay) {
        return new Outbox(json, clock, relay);
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(ReactiveMongoTemplate mongo, KafkaTemplate<String, CloudEvent> kafka,
            ObjectProvider<OutboxCollection> collections, Clock clock,
            @Value("${spring.application.name}") String serviceName,
            @Value("${pepiniere.outbox.sweep-interval}") Duration sweepInterval,
            @Value("${pepiniere.outbox.max-attempts}") int maxAttempts) {
        var names = collections.orderedStream().map(OutboxCollection::name).toList();
        return new OutboxRelay(mongo, kafka, CloudEventMapping.source(serviceName), names, sweepInterval, maxAttempts, clock);
    }

    @Bean
    OutboxHealthIndicator outboxHealthIndicator(OutboxRelay relay, ObjectProvider<MeterRegistry> registry) {
        var status = relay.status();
        registry.ifAvailable(meters -> {
            Gauge.builder("pepiniere.outbox.pending", status, OutboxStatus::pending)
                    .description("Documents whose outbox holds events not yet published, as of the last sweep").register(meters);
            Gauge.builder("pepiniere.outbox.parked", status, OutboxStatus::parked)
                    .description("Events the relay stopped retrying; they wait for an operator").register(meters);
        });
        return new OutboxHealthIndicator(status);
    }

    @Bean
    @ConditionalOnMissingBean
    IdempotentConsumer idempotentConsumer(ReactiveMongoTemplate mongo, JsonMapper json, Clock clock,
            @Value("${spring.kafka.consumer.group-id}") String consumerGroup,
            @Value("${pepiniere.kafka.retry.attempts}") int attempts,
            @Value("${pepiniere.kafka.retry.interval}") Duration interval) {
        return new IdempotentConsumer(mongo, json, clock, consumerGroup, attempts, interval);
    }

    @Bean
    ListenerRules kafkaListenerRules(KafkaListenerEndpointRegistry registry,
            @Value("${spring.kafka.consumer.group-id}") String consumerGroup) {
        return new ListenerRules(registry, consumerGroup);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> processedEventsExpiry(IdempotentConsumer consumer,
            @Value("${pepiniere.kafka.processed-retention}") Duration retention) {
        return ready -> consumer.expireProcessedAfter(retention)
                .subscribe(null, e -> log.warn("Could not create the expiry index of processed events: {}", e.toString()));
    }

    /**
     * Bounded retries, then the record goes to the group's dead-letter topic with the failure in its
     * headers. A record whose value could not even be read is dead-lettered as its original bytes.
     * A {@link RejectedEvent} goes there at once: the {@link IdempotentConsumer} already retried its
     * handler, inside the aggregate's order, and a redelivery would let later events overtake it.
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, CloudEvent> events, KafkaProperties properties,
            @Value("${spring.kafka.consumer.group-id}") String consumerGroup,
            @Value("${pepiniere.kafka.retry.attempts}") int attempts,
            @Value("${pepiniere.kafka.retry.interval}") Duration interval) {
        var raw = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(properties.buildProducerProperties(),
                new StringSerializer(), new ByteArraySerializer()));
        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        templates.put(CloudEvent.class, events);
        templates.put(byte[].class, raw);
        var recoverer = new DeadLetterPublishingRecoverer(templates,
                (record, failure) -> new TopicPartition(Topics.deadLetter(consumerGroup), -1));
        var backOff = new ExponentialBackOff(interval.toMillis(), 2.0);
        backOff.setMaxAttempts(attempts);
        var handler = new DefaultErrorHandler((record, failure) -> {
            Correlated.log(record.value() instanceof CloudEvent event ? correlationId(event) : null,
                    () -> log.error("Dead-lettering {}-{}@{} (key {}): {}", record.topic(), record.partition(),
                            record.offset(), record.key(), rootCause(failure).toString()));
            recoverer.accept(record, failure);
        }, backOff);
        handler.addNotRetryableExceptions(RejectedEvent.class);
        return handler;
    }

    private static String correlationId(CloudEvent event) {
        Object id = event.getExtension(EventExtensions.CORRELATION_ID);
        return id == null ? event.getId() : id.toString();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Declares the catalogue's topics and this group's dead-letter topic; creating them twice is harmless. */
    @Bean
    KafkaAdmin.NewTopics pepiniereTopics(@Value("${spring.kafka.consumer.group-id}") String consumerGroup,
            @Value("${pepiniere.kafka.partitions:3}") int partitions) {
        var topics = Topics.ALL.stream().map(name -> TopicBuilder.name(name).partitions(partitions).build());
        var deadLetter = TopicBuilder.name(Topics.deadLetter(consumerGroup)).partitions(1).build();
        return new KafkaAdmin.NewTopics(java.util.stream.Stream.concat(topics, java.util.stream.Stream.of(deadLetter))
                .toArray(NewTopic[]::new));
    }
}
