package org.pepiniere.mentoring.startups.wiring;

import org.pepiniere.mentoring.startups.RecordingSubmittedStartup;
import org.pepiniere.mentoring.startups.Startups;
import org.pepiniere.mentoring.startups.mongo.MongoStartups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@Configuration(proxyBeanMethods = false)
class StartupsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StartupsConfiguration.class);

    @Bean
    MongoStartups startups(ReactiveMongoTemplate mongo) {
        return new MongoStartups(mongo);
    }

    @Bean
    RecordingSubmittedStartup recordingSubmittedStartup(Startups startups) {
        return new RecordingSubmittedStartup(startups);
    }

    // Lists stay correct without the index, only slower: a failure is logged, not fatal.
    @Bean
    ApplicationRunner startupsIndexes(MongoStartups startups) {
        return arguments -> startups.createIndexes()
                .subscribe(null, failure -> log.warn("Could not create the indexes of the start-ups collection", failure));
    }
}
