package org.pepiniere.applications.ranking;

import java.util.HashMap;
import java.util.List;

import org.pepiniere.applications.calls.Call;
import org.pepiniere.applications.calls.CallId;
import org.pepiniere.applications.calls.Calls;
import org.pepiniere.applications.jury.JuryPool;
import org.pepiniere.applications.jury.JuryPools;
import org.pepiniere.applications.jury.PoolMember;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Ranks a published call of the incubator from the scores in at the time of asking. Nothing is stored: the ranking
 * is a reading of the scores, and a late score changes it. The fit works on a J × J matrix (J jurors, 500 at most in a
 * pool), so it runs on the scheduler given, off the event loop.
 */
public final class RankingACall {

    /** Far above any call's applications; a bound so that one request never reads without end. */
    static final int MAX_APPLICATIONS = 5_000;
    static final int MAX_SCORES = 50_000;

    private final Calls calls;
    private final Candidates candidates;
    private final CallScores scores;
    private final JuryPools pools;
    private final Scheduler fitting;

    public RankingACall(Calls calls, Candidates candidates, CallScores scores, JuryPools pools, Scheduler fitting) {
        this.calls = calls;
        this.candidates = candidates;
        this.scores = scores;
        this.pools = pools;
        this.fitting = fitting;
    }

    public Mono<RankingOutcome> rank(String incubatorId, String callId) {
        return calls.find(incubatorId, new CallId(callId))
                .flatMap(call -> call.isPublished() ? ranked(call)
                        : Mono.<RankingOutcome>just(new RankingOutcome.Refused(RankingRefusal.CALL_NOT_PUBLISHED)))
                .defaultIfEmpty(new RankingOutcome.Refused(RankingRefusal.CALL_NOT_FOUND));
    }

    private Mono<RankingOutcome> ranked(Call call) {
        String incubatorId = call.incubatorId();
        String callId = call.id().value();
        return Mono.zip(candidates.submittedTo(incubatorId, callId, MAX_APPLICATIONS).collectList(),
                        scores.ofCall(incubatorId, callId, MAX_SCORES).collectList(),
                        // a call whose pool was never kept still ranks: its jurors are then named by id
                        pools.find(incubatorId, callId).defaultIfEmpty(JuryPool.empty(callId, incubatorId)))
                .publishOn(fitting)
                .<RankingOutcome>map(read -> {
                    List<Candidate> submitted = read.getT1();
                    var startupNames = new HashMap<String, String>();
                    submitted.forEach(candidate -> startupNames.put(candidate.applicationId(), candidate.startupName()));
                    var counted = read.getT2().stream().filter(score -> startupNames.containsKey(score.applicationId())).toList();
                    var names = new HashMap<String, String>();
                    read.getT3().members().forEach(member -> names.put(member.jurorId(), name(member)));
                    var ranking = Calibration.rank(new WeightedGrid(call.details().criteria()),
                            submitted.stream().map(Candidate::applicationId).toList(), counted);
                    return new RankingOutcome.Ranked(new CallRanking(call, startupNames, counted, names, ranking));
                });
    }

    private static String name(PoolMember member) {
        return member.displayName() == null || member.displayName().isBlank() ? member.jurorId() : member.displayName();
    }
}
