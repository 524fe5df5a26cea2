package org.pepiniere.platform.batching;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * Runs the requests of concurrent callers as batches, one batch out at a time: a request made while
 * none is out goes at once, alone; requests made while one is out wait for it, then go together as the
 * next batch (up to {@code maxBatch}). Under load a round trip then serves many callers; a lone caller
 * never waits for a timer. This is the shape of a MongoDB command with many statements ({@code $in}
 * read, {@code insert} of many documents, bulk update or delete).
 * <p>
 * A batch that fails fails each of its requests; the next batch still goes.
 *
 * @param <T> a request
 * @param <R> the answer to one request
 */
public final class Coalescing<T, R> {

    /** What one batch answers: the answer to each of its requests ({@code null} for none). */
    @FunctionalInterface
    public interface Answers<T, R> {
        R to(T request);
    }

    private final Function<List<T>, Mono<Answers<T, R>>> batch;
    private final int maxBatch;
    private final Queue<Waiting<T, R>> waiting = new ArrayDeque<>();
    private boolean out;

    private record Waiting<T, R>(T request, MonoSink<R> sink) {
    }

    /**
     * @param batch    one round trip for several requests
     * @param maxBatch the most requests one round trip carries
     */
    public Coalescing(Function<List<T>, Mono<Answers<T, R>>> batch, int maxBatch) {
        this.batch = batch;
        this.maxBatch = maxBatch;
    }

    /** Answers {@code request} with its batch; empty when the batch gives it no answer. */
    public Mono<R> submit(T request) {
        return Mono.create(sink -> {
            boolean go;
            synchronized (this) {
                waiting.add(new Waiting<>(request, sink));
                go = !out;
                out = true;
            }
            if (go) {
                next();
            }
        });
    }

    private void next() {
        List<Waiting<T, R>> taken = new ArrayList<>();
        synchronized (this) {
            while (taken.size() < maxBatch && !waiting.isEmpty()) {
                taken.add(waiting.poll());
            }
            if (taken.isEmpty()) {
                out = false;
                return;
            }
        }
        List<T> requests = taken.stream().map(Waiting::request).toList();
        Mono<Answers<T, R>> round;
        try {
            round = batch.apply(requests);
        } catch (RuntimeException failed) {
            round = Mono.error(failed);
        }
        round.defaultIfEmpty(request -> null).subscribe(
                answers -> taken.forEach(each -> answer(each, answers)),
                failure -> {
                    taken.forEach(each -> each.sink().error(failure));
                    next();
                },
                this::next);
    }

    private void answer(Waiting<T, R> each, Answers<T, R> answers) {
        R answer;
        try {
            answer = answers.to(each.request());
        } catch (RuntimeException failed) {
            each.sink().error(failed);
            return;
        }
        if (answer == null) {
            each.sink().success();
        } else {
            each.sink().success(answer);
        }
    }
}
