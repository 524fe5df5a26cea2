package org.pepiniere.applications.consent.wiring;

import java.time.Clock;

import org.pepiniere.applications.applying.Applications;
import org.pepiniere.applications.consent.Consents;
import org.pepiniere.applications.consent.KeepingConsents;
import org.pepiniere.applications.consent.LearningPartnerBanks;
import org.pepiniere.applications.consent.PartnerBanks;
import org.pepiniere.applications.consent.mongo.MongoConsents;
import org.pepiniere.applications.consent.mongo.MongoPartnerBanks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@Configuration(proxyBeanMethods = false)
class ConsentConfiguration {

    @Bean
    PartnerBanks consentPartnerBanks(ReactiveMongoTemplate mongo) {
        return new MongoPartnerBanks(mongo);
    }

    @Bean
    Consents consents(ReactiveMongoTemplate mongo) {
        return new MongoConsents(mongo);
    }

    @Bean
    LearningPartnerBanks learningPartnerBanks(PartnerBanks banks) {
        return new LearningPartnerBanks(banks);
    }

    @Bean
    KeepingConsents keepingConsents(Applications applications, PartnerBanks banks, Consents consents, Clock clock) {
        return new KeepingConsents(applications, banks, consents, clock);
    }
}
