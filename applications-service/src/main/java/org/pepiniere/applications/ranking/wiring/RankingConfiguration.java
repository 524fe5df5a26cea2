package org.pepiniere.applications.ranking.wiring;

import org.pepiniere.applications.calls.Calls;
import org.pepiniere.applications.jury.JuryPools;
import org.pepiniere.applications.ranking.RankingACall;
import org.pepiniere.applications.ranking.mongo.MongoCallScores;
import org.pepiniere.applications.ranking.mongo.MongoCandidates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.scheduler.Schedulers;

@Configuration(proxyBeanMethods = false)
class RankingConfiguration {

    @Bean
    MongoCandidates rankingCandidates(ReactiveMongoTemplate mongo) {
        return new MongoCandidates(mongo);
    }

    @Bean
    MongoCallScores rankingScores(ReactiveMongoTemplate mongo) {
        return new MongoCallScores(mongo);
    }

    // the fit and the spreadsheet are CPU work of milliseconds: Reactor's bounded elastic pool, not the event loop
    @Bean
    RankingACall rankingACall(Calls calls, MongoCandidates candidates, MongoCallScores scores, JuryPools pools) {
        return new RankingACall(calls, candidates, scores, pools, Schedulers.boundedElastic());
    }
}
