package org.pepiniere.applications.cohorts.wiring;

import java.time.Clock;

import org.pepiniere.applications.cohorts.CohortId;
import org.pepiniere.applications.cohorts.Cohorts;
import org.pepiniere.applications.cohorts.EditingCohort;
import org.pepiniere.applications.cohorts.PlanningCohort;
import org.pepiniere.applications.cohorts.mongo.MongoCohorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@Configuration(proxyBeanMethods = false)
class CohortsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CohortsConfiguration.class);

    @Bean
    MongoCohorts cohorts(ReactiveMongoTemplate mongo) {
        return new MongoCohorts(mongo);
    }

    // Lists stay correct without the index, only slower: a failure is logged, not fatal.
    @Bean
    ApplicationRunner cohortsIndexes(MongoCohorts cohorts) {
        return arguments -> cohorts.createIndexes()
                .subscribe(null, failure -> log.warn("Could not create the indexes of the cohorts collection", failure));
    }

    @Bean
    PlanningCohort planningCohort(Cohorts cohorts, Clock clock) {
        return new PlanningCohort(cohorts, clock, CohortId::random);
    }

    @Bean
    EditingCohort editingCohort(Cohorts cohorts, Clock clock) {
        return new EditingCohort(cohorts, clock);
    }
}
