package org.pepiniere.applications.dashboard.wiring;

import java.time.Clock;

import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.applying.Applications;
import org.pepiniere.applications.cohorts.CohortStartups;
import org.pepiniere.applications.dashboard.FollowingStartups;
import org.pepiniere.applications.dashboard.ReportingKpis;
import org.pepiniere.applications.dashboard.StartupNames;
import org.pepiniere.applications.dashboard.StartupProgress;
import org.pepiniere.applications.dashboard.mongo.MongoStartupProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.publisher.Mono;

@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DashboardConfiguration.class);

    @Bean
    MongoStartupProgress startupProgress(ReactiveMongoTemplate mongo) {
        return new MongoStartupProgress(mongo);
    }

    // Reads stay correct without the indexes, only slower: a failure is logged, not fatal.
    @Bean
    ApplicationRunner startupProgressIndexes(MongoStartupProgress progress) {
        return arguments -> progress.createIndexes()
                .subscribe(null, failure -> log.warn("Could not create the indexes of the cohort dashboard", failure));
    }

    /** The start-up's name is the one its founders wrote in the application, which this service holds. */
    @Bean
    StartupNames startupNames(Applications applications) {
        return (incubatorId, applicationId) -> Mono.fromCallable(() -> new ApplicationId(applicationId))
                .onErrorResume(IllegalArgumentException.class, e -> Mono.empty())
                .flatMap(id -> applications.find(incubatorId, id))
                .map(application -> application.content().startupName());
    }

    @Bean
    FollowingStartups followingStartups(StartupProgress progress, StartupNames names) {
        return new FollowingStartups(progress, names);
    }

    @Bean
    ReportingKpis reportingKpis(StartupProgress progress, Clock clock) {
        return new ReportingKpis(progress, clock);
    }

    /** A cohort's members, as the decisions placed them. */
    @Bean
    CohortStartups cohortStartups(StartupProgress progress) {
        return (incubatorId, cohortId) -> progress.ofCohort(incubatorId, cohortId.value())
                .map(startup -> new CohortStartups.Member(startup.startupReference(), startup.shownName(),
                        startup.applicationId()))
                .sort(java.util.Comparator.comparing(CohortStartups.Member::name));
    }
}
