package org.pepiniere.applications.decisions.wiring;

import java.time.Clock;
import java.util.UUID;

import org.pepiniere.applications.applying.Applications;
import org.pepiniere.applications.calls.Calls;
import org.pepiniere.applications.cohorts.CohortSeats;
import org.pepiniere.applications.cohorts.Cohorts;
import org.pepiniere.applications.consent.Consents;
import org.pepiniere.applications.decisions.BreakingTies;
import org.pepiniere.applications.decisions.Decided;
import org.pepiniere.applications.decisions.DecidingApplication;
import org.pepiniere.applications.decisions.PromotingFromWaitlist;
import org.pepiniere.applications.decisions.TakingSeats;
import org.pepiniere.applications.decisions.mongo.MongoCompletedReviews;
import org.pepiniere.applications.decisions.mongo.MongoDecisions;
import org.pepiniere.applications.decisions.mongo.MongoSeats;
import org.pepiniere.applications.ranking.CallDecisions;
import org.pepiniere.applications.ranking.RankingACall;
import org.pepiniere.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@Configuration(proxyBeanMethods = false)
class DecisionsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DecisionsConfiguration.class);

    @Bean
    MongoDecisions decisions(ReactiveMongoTemplate mongo, Outbox outbox) {
        return new MongoDecisions(mongo, outbox);
    }

    // Reads stay correct without the indexes, only slower: a failure is logged, not fatal.
    @Bean
    ApplicationRunner decisionIndexes(MongoDecisions decisions) {
        return arguments -> decisions.createIndexes()
                .subscribe(null, failure -> log.warn("Could not create the indexes of the decisions", failure));
    }

    /** The exports' decision column reads the outcomes from here. */
    @Bean
    CallDecisions callDecisions(MongoDecisions decisions) {
        return (incubatorId, callId) -> decisions.ofCall(incubatorId, callId, 50_000)
                .collectMap(Decided::applicationId, decided -> decided.decision().name());
    }

    @Bean
    TakingSeats takingSeats(ReactiveMongoTemplate mongo, MongoDecisions decisions, Applications applications, Clock clock) {
        return new TakingSeats(new MongoSeats(mongo), decisions, applications, clock);
    }

    /** The cohorts' answers show the seats taken, as the admissions hold them. */
    @Bean
    CohortSeats cohortSeats(TakingSeats seats) {
        return (incubatorId, cohortId) -> seats.taken(incubatorId, cohortId.value());
    }

    @Bean
    DecidingApplication decidingApplication(Applications applications, MongoDecisions decisions, ReactiveMongoTemplate mongo,
            Cohorts cohorts, TakingSeats seats, Consents consents, Clock clock) {
        return new DecidingApplication(applications, decisions, new MongoCompletedReviews(mongo), cohorts, seats, consents,
                clock, () -> UUID.randomUUID().toString());
    }

    @Bean
    PromotingFromWaitlist promotingFromWaitlist(Calls calls, Applications applications, MongoDecisions decisions,
            DecidingApplication deciding, Clock clock) {
        return new PromotingFromWaitlist(calls, applications, decisions, deciding, clock);
    }

    /** 122 bits from the JDK's secure source (a random UUID's hex digits): nobody can choose or foresee the draw. */
    @Bean
    BreakingTies breakingTies(RankingACall ranking, MongoDecisions decisions, Clock clock) {
        return new BreakingTies(ranking, decisions, clock, () -> UUID.randomUUID().toString().replace("-", ""));
    }
}
