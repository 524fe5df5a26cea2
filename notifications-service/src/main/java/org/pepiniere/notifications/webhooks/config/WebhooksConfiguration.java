package org.pepiniere.notifications.webhooks.config;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

import org.pepiniere.notifications.retry.RetrySchedule;
import org.pepiniere.notifications.retry.mongo.MongoMigrations;
import org.pepiniere.notifications.retry.scheduling.PeriodicSweep;
import org.pepiniere.notifications.webhooks.CachingEndpoints;
import org.pepiniere.notifications.webhooks.DeliveringWebhooks;
import org.pepiniere.notifications.webhooks.HostResolver;
import org.pepiniere.notifications.webhooks.ReadingDeliveries;
import org.pepiniere.notifications.webhooks.ReferenceKey;
import org.pepiniere.notifications.webhooks.RegisteringEndpoints;
import org.pepiniere.notifications.webhooks.RemovingEndpoints;
import org.pepiniere.notifications.webhooks.StartupReferences;
import org.pepiniere.notifications.webhooks.WebhookEvents;
import org.pepiniere.notifications.webhooks.WebhookTargetPolicy;
import org.pepiniere.notifications.webhooks.WebhookTargets;
import org.pepiniere.notifications.webhooks.WebhookTransport;
import org.pepiniere.notifications.webhooks.http.WebClientTransport;
import org.pepiniere.notifications.webhooks.mongo.MongoDeliveries;
import org.pepiniere.notifications.webhooks.mongo.MongoEndpoints;
import org.pepiniere.notifications.webhooks.mongo.MongoReferenceKey;
import org.pepiniere.notifications.webhooks.resilience.BreakingEndpointGates;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class WebhooksConfiguration {

    static final String QUEUE_BACKFILL = "delivery-queue-backfill";

    private final SecureRandom random = new SecureRandom();

    @Bean
    WebhookTargetPolicy webhookTargetPolicy(WebhooksProperties properties) {
        return new WebhookTargetPolicy(properties.allowedHosts());
    }

    @Bean
    @ConditionalOnMissingBean
    HostResolver hostResolver() {
        return HostResolver.system();
    }

    @Bean
    MongoEndpoints storedEndpoints(ReactiveMongoTemplate mongo) {
        return new MongoEndpoints(mongo);
    }

    @Bean
    @Primary
    CachingEndpoints webhookEndpoints(MongoEndpoints stored, WebhooksProperties properties, Clock clock) {
        return new CachingEndpoints(stored, properties.endpointsFreshFor(), clock);
    }

    @Bean
    MongoDeliveries webhookDeliveries(ReactiveMongoTemplate mongo, WebhooksProperties properties, Clock clock) {
        return new MongoDeliveries(mongo, properties.lease(), clock);
    }

    @Bean
    BreakingEndpointGates endpointGates(WebhooksProperties properties) {
        var breaker = properties.breaker();
        return new BreakingEndpointGates(new BreakingEndpointGates.GateSettings(breaker.window(), breaker.failureRatePercent(),
                breaker.openFor(), breaker.maxInFlight(), breaker.maxInFlightPerEndpoint()));
    }

    @Bean
    ReferenceKey referenceKey(WebhooksProperties properties, ReactiveMongoTemplate mongo, Clock clock) {
        if (properties.referenceKey() != null && !properties.referenceKey().isBlank()) {
            byte[] key = Base64.getDecoder().decode(properties.referenceKey().strip());
            if (key.length < StartupReferences.MIN_KEY_BYTES) {
                throw new IllegalStateException("pepiniere.webhooks.reference-key needs at least "
                        + StartupReferences.MIN_KEY_BYTES + " bytes of base64");
            }
            return () -> Mono.just(key.clone());
        }
        return new MongoReferenceKey(mongo, random, clock);
    }

    @Bean
    WebhookTransport webhookTransport(WebhookTargetPolicy policy, HostResolver resolver, WebhooksProperties properties) {
        return new WebClientTransport(WebClient.builder(), policy, resolver, properties.connectTimeout(), properties.responseTimeout());
    }

    @Bean
    RegisteringEndpoints registeringEndpoints(CachingEndpoints endpoints, WebhookTargetPolicy policy, HostResolver resolver, Clock clock) {
        return new RegisteringEndpoints(endpoints, new WebhookTargets(policy, resolver), () -> UUID.randomUUID().toString(), random, clock);
    }

    @Bean
    ReadingDeliveries readingDeliveries(CachingEndpoints endpoints, MongoDeliveries deliveries) {
        return new ReadingDeliveries(endpoints, deliveries);
    }

    @Bean
    RemovingEndpoints removingEndpoints(CachingEndpoints endpoints, MongoDeliveries deliveries, Clock clock) {
        return new RemovingEndpoints(endpoints, deliveries, clock);
    }

    @Bean
    WebhookEvents webhookEvents(ReferenceKey referenceKey) {
        return new WebhookEvents(referenceKey);
    }

    @Bean
    DeliveringWebhooks deliveringWebhooks(CachingEndpoints endpoints, MongoDeliveries deliveries, WebhookTransport transport,
            BreakingEndpointGates gates, JsonMapper json, WebhooksProperties properties, Clock clock) {
        var settings = new DeliveringWebhooks.DeliverySettings(new RetrySchedule(properties.retryDelays()), properties.lease(),
                properties.attemptTimeout());
        return new DeliveringWebhooks(endpoints, deliveries, transport, gates, json::writeValueAsString, settings,
                () -> UUID.randomUUID().toString(), clock);
    }

    @Bean
    PeriodicSweep webhookSweep(DeliveringWebhooks delivering, WebhooksProperties properties) {
        return new PeriodicSweep("webhook deliveries", properties.sweepInterval(), delivering::sweep);
    }

    /** Indexes, then once per database the queue entries of deliveries left pending by a version without the queue; nothing waits for either. */
    @Bean
    ApplicationRunner webhookIndexes(MongoEndpoints endpoints, MongoDeliveries deliveries, MongoMigrations migrations) {
        var log = LoggerFactory.getLogger(WebhooksConfiguration.class);
        return args -> endpoints.createIndexes().then(deliveries.createIndexes())
                .onErrorResume(e -> {
                    log.warn("Webhook indexes not created: {}", e.toString());
                    return Mono.empty();
                })
                .then(migrations.once(QUEUE_BACKFILL, deliveries::queueUnqueuedPending))
                .subscribe(queued -> log.info("Queued {} pending webhook deliveries stored before the delivery queue existed", queued),
                        e -> log.warn("Pending webhook deliveries not queued, tried again at the next start: {}", e.toString()));
    }
}
