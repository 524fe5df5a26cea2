package org.pepiniere.applications.calls.wiring;

import java.time.Clock;
import java.util.UUID;

import org.pepiniere.applications.calls.CallId;
import org.pepiniere.applications.calls.Calls;
import org.pepiniere.applications.calls.ClosingCall;
import org.pepiniere.applications.calls.EditingCall;
import org.pepiniere.applications.calls.OpeningCall;
import org.pepiniere.applications.calls.PreparingCall;
import org.pepiniere.applications.calls.mongo.MongoCalls;
import org.pepiniere.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@Configuration(proxyBeanMethods = false)
class CallsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CallsConfiguration.class);

    @Bean
    MongoCalls calls(ReactiveMongoTemplate mongo, Outbox outbox) {
        return new MongoCalls(mongo, outbox);
    }

    // Lists stay correct without the index, only slower: a failure is logged, not fatal.
    @Bean
    ApplicationRunner callsIndexes(MongoCalls calls) {
        return arguments -> calls.createIndexes()
                .subscribe(null, failure -> log.warn("Could not create the indexes of the calls collection", failure));
    }

    @Bean
    PreparingCall preparingCall(Calls calls, Clock clock) {
        return new PreparingCall(calls, clock, CallId::random);
    }

    @Bean
    EditingCall editingCall(Calls calls) {
        return new EditingCall(calls);
    }

    @Bean
    OpeningCall openingCall(Calls calls, Clock clock) {
        return new OpeningCall(calls, clock, UUID::randomUUID);
    }

    @Bean
    ClosingCall closingCall(Calls calls, Clock clock) {
        return new ClosingCall(calls, clock, UUID::randomUUID);
    }
}
