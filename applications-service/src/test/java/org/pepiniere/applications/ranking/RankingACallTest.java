package org.pepiniere.applications.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pepiniere.applications.calls.Bilingual;
import org.pepiniere.applications.calls.Call;
import org.pepiniere.applications.calls.CallDetails;
import org.pepiniere.applications.calls.CallId;
import org.pepiniere.applications.calls.Calls;
import org.pepiniere.applications.calls.Programme;
import org.pepiniere.applications.calls.Transition;
import org.pepiniere.applications.jury.JuryPool;
import org.pepiniere.applications.jury.JuryPools;
import org.pepiniere.applications.jury.PoolMember;
import org.pepiniere.contracts.calls.CallClosed;
import org.pepiniere.contracts.calls.CallOpened;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Ranking a call reads its submitted applications, their scores and the pool's names, and refuses what it cannot rank. */
class RankingACallTest {

    private static final String INCUBATOR = "imt-mines-ales";
    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void ranksOnlyTheScoresOfTheCallsSubmittedApplicationsAndNamesJurorsFromThePool() {
        var scores = List.of(RankingFixture.review("a", "claire", 70), RankingFixture.review("withdrawn", "claire", 90));
        var ranking = ranking(openCall(), List.of(new Candidate("a", "Chimie Verte")), scores);

        var outcome = (RankingOutcome.Ranked) ranking.rank(INCUBATOR, "call-2027").block();

        assertThat(outcome.ranking().scores()).extracting(JurorScore::applicationId).containsExactly("a");
        assertThat(outcome.ranking().startupName("a")).isEqualTo("Chimie Verte");
        assertThat(outcome.ranking().jurorName("claire")).isEqualTo("Claire Martin");
        assertThat(outcome.ranking().jurorName("left-the-pool")).isEqualTo("left-the-pool");
        assertThat(outcome.ranking().ranking().applications()).hasSize(1);
    }

    @Test
    void ranksACallWhosePoolWasNeverKeptNamingJurorsById() {
        var ranking = new RankingACall(new OneCall(openCall()), (incubatorId, callId, limit) -> Flux.just(new Candidate("a", "A")),
                (incubatorId, callId, limit) -> Flux.just(RankingFixture.review("a", "claire", 70)), new NoPool(),
                Schedulers.immediate());

        var outcome = (RankingOutcome.Ranked) ranking.rank(INCUBATOR, "call-2027").block();

        assertThat(outcome.ranking().jurorName("claire")).isEqualTo("claire");
    }

    @Test
    void refusesADraftCall() {
        var ranking = ranking(draftCall(), List.of(), List.of());

        assertThat(ranking.rank(INCUBATOR, "call-2027").block())
                .isEqualTo(new RankingOutcome.Refused(RankingRefusal.CALL_NOT_PUBLISHED));
    }

    @Test
    void refusesACallItDoesNotFindInTheIncubator() {
        var ranking = ranking(openCall(), List.of(), List.of());

        assertThat(ranking.rank("another-incubator", "call-2027").block())
                .isEqualTo(new RankingOutcome.Refused(RankingRefusal.CALL_NOT_FOUND));
    }

    private static RankingACall ranking(Call call, List<Candidate> candidates, List<JurorScore> scores) {
        JuryPools pools = new JuryPools() {
            @Override
            public Mono<JuryPool> find(String incubatorId, String callId) {
                return Mono.just(new JuryPool(callId, incubatorId,
                        List.of(new PoolMember("claire", "Claire Martin", null, Set.of(), null)), List.of(), 1));
            }

            @Override
            public Mono<JuryPool> save(JuryPool pool, long expectedVersion) {
                throw new UnsupportedOperationException();
            }
        };
        return new RankingACall(new OneCall(call), (incubatorId, callId, limit) -> Flux.fromIterable(candidates),
                (incubatorId, callId, limit) -> Flux.fromIterable(scores), pools, Schedulers.immediate());
    }

    private static Call draftCall() {
        var details = new CallDetails(new Bilingual("Incubation 2027", "Incubation 2027"), new Bilingual("D", "D"),
                MONDAY.plusSeconds(86_400), MONDAY.plusSeconds(30 * 86_400), MONDAY.plusSeconds(60 * 86_400), 4,
                Programme.incubation(), 2, List.of(RankingFixture.criterion("overall", 1, 0, 100)), List.of(), false);
        return Call.draft(new CallId("call-2027"), INCUBATOR, "staff-1", details, MONDAY);
    }

    private static Call openCall() {
        return ((Transition.Accepted) draftCall().open("event-1", MONDAY)).call();
    }

    private static final class NoPool implements JuryPools {

        @Override
        public Mono<JuryPool> find(String incubatorId, String callId) {
            return Mono.empty();
        }

        @Override
        public Mono<JuryPool> save(JuryPool pool, long expectedVersion) {
            throw new UnsupportedOperationException();
        }
    }

    /** The calls of one incubator holding one call: only reading is used by the ranking. */
    private record OneCall(Call call) implements Calls {

        @Override
        public Mono<Call> find(String incubatorId, CallId id) {
            return call.incubatorId().equals(incubatorId) && call.id().equals(id) ? Mono.just(call) : Mono.empty();
        }

        @Override
        public Mono<Call> add(Call draft) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Flux<Call> ofIncubator(String incubatorId, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Flux<Call> openOf(String incubatorId, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Mono<Call> saveEdited(Call edited, long expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Mono<Call> saveOpened(Call opened, long expectedVersion, CallOpened event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Mono<Call> saveClosed(Call closed, long expectedVersion, CallClosed event) {
            throw new UnsupportedOperationException();
        }
    }
}
