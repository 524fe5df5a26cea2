package org.pepiniere.platform.batching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class CoalescingTest {

    private final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
    private final List<Sinks.One<Boolean>> rounds = new CopyOnWriteArrayList<>();

    /** Doubles each number, in a round trip that ends when the test says so. */
    private final Coalescing<Integer, Integer> doubling = new Coalescing<>(requests -> {
        batches.add(requests);
        Sinks.One<Boolean> round = Sinks.one();
        rounds.add(round);
        return round.asMono().map(ok -> n -> n * 2);
    }, 3);

    @Test
    void sendsALoneRequestAtOnce() {
        var answer = doubling.submit(21).toFuture();

        finishRound(0);

        assertThat(answer).isCompletedWithValue(42);
        assertThat(batches).containsExactly(List.of(21));
    }

    @Test
    void sendsTheRequestsMadeWhileARoundIsOutTogetherAsTheNextRound() {
        var first = doubling.submit(1).toFuture();
        var waiting = Flux.range(2, 4).flatMap(doubling::submit).collectList().toFuture();

        finishRound(0);
        finishRound(1);
        finishRound(2);

        assertThat(first).isCompletedWithValue(2);
        assertThat(waiting.join()).containsExactlyInAnyOrder(4, 6, 8, 10);
        assertThat(batches).containsExactly(List.of(1), List.of(2, 3, 4), List.of(5));
    }

    @Test
    void failsTheRequestsOfAFailedRoundAndStillSendsTheNext() {
        var failed = doubling.submit(1).toFuture();
        var next = doubling.submit(2).toFuture();

        rounds.get(0).tryEmitError(new IllegalStateException("connection reset"));
        finishRound(1);

        assertThat(failed).isCompletedExceptionally();
        assertThat(next).isCompletedWithValue(4);
    }

    @Test
    void answersEmptyARequestTheRoundGivesNoAnswer() {
        var none = new Coalescing<Integer, Integer>(requests -> Mono.just(n -> null), 10);

        StepVerifier.create(none.submit(1)).verifyComplete();
    }

    private void finishRound(int index) {
        rounds.get(index).tryEmitValue(true);
    }
}
