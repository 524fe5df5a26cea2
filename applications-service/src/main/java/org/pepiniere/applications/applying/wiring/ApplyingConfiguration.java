package org.pepiniere.applications.applying.wiring;

import java.time.Clock;
import java.util.UUID;

import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.applying.Applications;
import org.pepiniere.applications.applying.DraftingApplication;
import org.pepiniere.applications.applying.RevisingDraft;
import org.pepiniere.applications.applying.SubmittingApplication;
import org.pepiniere.applications.applying.WithdrawingApplication;
import org.pepiniere.applications.applying.mongo.MongoApplications;
import org.pepiniere.applications.calls.Calls;
import org.pepiniere.platform.outbox.Outbox;
import org.pepiniere.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@Configuration(proxyBeanMethods = false)
class ApplyingConfiguration {

    /** Applications submitted before {@code Outbox.store} may still hold an event a crash left; drop this after one release. */
    @Bean
    OutboxCollection applicationsOutbox() {
        return new OutboxCollection(MongoApplications.COLLECTION);
    }

    @Bean
    Applications applications(ReactiveMongoTemplate mongo, Outbox outbox) {
        return new MongoApplications(mongo, outbox);
    }

    @Bean
    DraftingApplication draftingApplication(Applications applications, Calls calls, Clock clock) {
        return new DraftingApplication(applications, calls, clock, ApplicationId::random);
    }

    @Bean
    RevisingDraft revisingDraft(Applications applications) {
        return new RevisingDraft(applications);
    }

    @Bean
    SubmittingApplication submittingApplication(Applications applications, Calls calls, Clock clock) {
        return new SubmittingApplication(applications, calls, clock, UUID::randomUUID);
    }

    @Bean
    WithdrawingApplication withdrawingApplication(Applications applications, Clock clock) {
        return new WithdrawingApplication(applications, clock, UUID::randomUUID);
    }
}
