package org.pepiniere.applications.jury.wiring;

import java.time.Clock;
import java.util.UUID;

import org.pepiniere.applications.calls.Calls;
import org.pepiniere.applications.decks.JurorAssignments;
import org.pepiniere.applications.jury.AssignedJurors;
import org.pepiniere.applications.jury.AssigningJurors;
import org.pepiniere.applications.jury.Assignments;
import org.pepiniere.applications.jury.DeclaringConflict;
import org.pepiniere.applications.jury.JuryAssignmentSolver;
import org.pepiniere.applications.jury.JuryPools;
import org.pepiniere.applications.jury.KeepingPool;
import org.pepiniere.applications.jury.KnownJurors;
import org.pepiniere.applications.jury.RunningAssignment;
import org.pepiniere.applications.jury.RunsInProgress;
import org.pepiniere.applications.jury.ScoredPairs;
import org.pepiniere.applications.jury.SolverThreads;
import org.pepiniere.applications.jury.Submissions;
import org.pepiniere.applications.jury.mongo.MongoAssignments;
import org.pepiniere.applications.jury.mongo.MongoJuryPools;
import org.pepiniere.applications.jury.mongo.MongoKnownJurors;
import org.pepiniere.applications.jury.mongo.MongoSubmissions;
import org.pepiniere.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.scheduler.Schedulers;

@Configuration(proxyBeanMethods = false)
class JuryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JuryConfiguration.class);

    /**
     * One solver thread and two runs waiting: a run holds a core for up to seconds on a two-core machine, and a
     * third run asked meanwhile is refused at once (503, retry) rather than queued behind the others.
     */
    static final int SOLVER_THREADS = 1;
    static final int WAITING_RUNS = 2;

    @Bean
    SolverThreads solverThreads() {
        return new SolverThreads(Schedulers.newBoundedElastic(SOLVER_THREADS, WAITING_RUNS, "jury-solver"));
    }

    @Bean
    MongoJuryPools juryPools(ReactiveMongoTemplate mongo) {
        return new MongoJuryPools(mongo);
    }

    @Bean
    MongoKnownJurors knownJurors(ReactiveMongoTemplate mongo) {
        return new MongoKnownJurors(mongo);
    }

    @Bean
    MongoAssignments juryAssignments(ReactiveMongoTemplate mongo, Outbox outbox) {
        return new MongoAssignments(mongo, outbox);
    }

    @Bean
    MongoSubmissions submissions(ReactiveMongoTemplate mongo) {
        return new MongoSubmissions(mongo);
    }

    // Jurors' lists stay correct without the index, only slower: a failure is logged, not fatal.
    @Bean
    ApplicationRunner juryIndexes(MongoAssignments assignments) {
        return arguments -> assignments.createIndexes()
                .subscribe(null, failure -> log.warn("Could not create the indexes of the jury assignments", failure));
    }

    @Bean
    RunsInProgress runsInProgress() {
        return new RunsInProgress();
    }

    @Bean
    AssigningJurors assigningJurors(SolverThreads threads) {
        return new AssigningJurors(new JuryAssignmentSolver(), threads.scheduler());
    }

    @Bean
    RunningAssignment runningAssignment(Calls calls, JuryPools pools, Submissions submissions, Assignments assignments,
            ScoredPairs scored, AssigningJurors assigning, RunsInProgress runs, Clock clock) {
        return new RunningAssignment(calls, pools, submissions, assignments, scored, assigning, runs, clock,
                () -> UUID.randomUUID().toString());
    }

    /** Also what the pitch decks ask to let a juror download one: only the application's jurors may. */
    @Bean
    AssignedJurors assignedJurors(Submissions submissions, Assignments assignments) {
        return new AssignedJurors(submissions, assignments);
    }

    /** A pitch deck asks whether a juror may read it: the jury's assignments answer. */
    @Bean
    JurorAssignments jurorsOfTheAssignment(AssignedJurors assigned) {
        return (incubatorId, applicationId, jurorId) -> assigned.isAssigned(incubatorId, applicationId.value(), jurorId);
    }

    @Bean
    KeepingPool keepingPool(JuryPools pools, KnownJurors known, Calls calls) {
        return new KeepingPool(pools, known, calls);
    }

    @Bean
    DeclaringConflict declaringConflict(JuryPools pools, Assignments assignments, Submissions submissions,
            ScoredPairs scored, Clock clock) {
        return new DeclaringConflict(pools, assignments, submissions, scored, clock);
    }
}
