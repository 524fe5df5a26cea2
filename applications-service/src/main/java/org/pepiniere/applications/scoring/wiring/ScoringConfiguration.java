package org.pepiniere.applications.scoring.wiring;

import java.time.Clock;
import java.util.UUID;

import org.pepiniere.applications.calls.Calls;
import org.pepiniere.applications.jury.Assignments;
import org.pepiniere.applications.jury.JuryPools;
import org.pepiniere.applications.jury.ScoredPairs;
import org.pepiniere.applications.jury.Submissions;
import org.pepiniere.applications.scoring.CompletingReview;
import org.pepiniere.applications.scoring.Scores;
import org.pepiniere.applications.scoring.ScoringApplication;
import org.pepiniere.applications.scoring.mongo.MongoReviews;
import org.pepiniere.applications.scoring.mongo.MongoScores;
import org.pepiniere.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ScoringConfiguration.class);

    @Bean
    MongoScores scores(ReactiveMongoTemplate mongo, Outbox outbox) {
        return new MongoScores(mongo, outbox);
    }

    @Bean
    MongoReviews reviews(ReactiveMongoTemplate mongo, Outbox outbox) {
        return new MongoReviews(mongo, outbox);
    }

    // Reads stay correct without the indexes, only slower: a failure is logged, not fatal.
    @Bean
    ApplicationRunner scoreIndexes(MongoScores scores) {
        return arguments -> scores.createIndexes()
                .subscribe(null, failure -> log.warn("Could not create the indexes of the scores", failure));
    }

    /** The pairs that have a score: a re-run of the assignment keeps them, and a late conflict cannot undo them. */
    @Bean
    ScoredPairs scoredPairs(Scores scores) {
        return scores::pairsOf;
    }

    @Bean
    CompletingReview completingReview(MongoReviews reviews, Assignments assignments, Clock clock) {
        return new CompletingReview(reviews, assignments, clock, () -> UUID.randomUUID().toString());
    }

    @Bean
    ScoringApplication scoringApplication(Submissions submissions, Calls calls, JuryPools pools, Assignments assignments,
            Scores scores, CompletingReview completing, Clock clock) {
        return new ScoringApplication(submissions, calls, pools, assignments, scores, completing, clock,
                () -> UUID.randomUUID().toString());
    }
}
