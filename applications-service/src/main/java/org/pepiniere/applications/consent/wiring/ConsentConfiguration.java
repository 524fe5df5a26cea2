package org.pepiniere.applications.consent.wiring;

import java.time.Clock;

import org.pepiniere.applications.applying.Applications;
import org.pepiniere.applications.consent.Consents;
import org.pepiniere.applications.consent.KeepingConsents;
import org.pepiniere.applications.consent.LearningPartnerBanks;
import org.pepiniere.applications.consent.PartnerBanks;
import org.pepiniere.applications.consent.mongo.MongoConsents;
import org.pepiniere.applications.consent.mongo.MongoPartnerBanks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@Configuration(proxyBeanMethods = false)
class ConsentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConsentConfiguration.class);

    @Bean
    MongoPartnerBanks consentPartnerBanks(ReactiveMongoTemplate mongo) {
        return new MongoPartnerBanks(mongo);
    }

    @Bean
    MongoConsents consents(ReactiveMongoTemplate mongo) {
        return new MongoConsents(mongo);
    }

    // Reads stay correct without the indexes, only slower: a failure is logged, not fatal.
    @Bean
    ApplicationRunner consentIndexes(MongoConsents consents, MongoPartnerBanks banks) {
        return arguments -> consents.createIndexes().then(banks.createIndexes())
                .subscribe(null, failure -> log.warn("Could not create the indexes of consents and partner banks", failure));
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
