package org.pepiniere.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * A commit covers every write applied before it began, each write hears of the commit that covered it, and a
 * failed commit is told to the writes it covered, not to those after.
 */
class GroupCommitsTest {

    /** A commit that starts when told to, and tells when it started. */
    private final Semaphore mayCommit = new Semaphore(0);
    private final Semaphore started = new Semaphore(0);
    private final AtomicInteger failNext = new AtomicInteger();
    private final List<String> events = new CopyOnWriteArrayList<>();

    private void commit() {
        started.release();
        mayCommit.acquireUninterruptibly();
        if (failNext.getAndDecrement() > 0) {
            throw new IllegalStateException("disk full");
        }
        events.add("committed");
    }

    @Test
    void theWritesAppliedDuringACommitShareTheNext() throws Exception {
        try (GroupCommits commits = new GroupCommits(this::commit, "test-commit")) {
            CompletableFuture<RuntimeException> first = applied(commits, "first");
            assertThat(started.tryAcquire(10, TimeUnit.SECONDS)).isTrue();

            // the first commit is under way: these three wait for the next one
            List<CompletableFuture<RuntimeException>> during = List.of(
                    applied(commits, "second"), applied(commits, "third"), applied(commits, "fourth"));
            assertThat(first).isNotDone();
            mayCommit.release();
            assertThat(first.get(10, TimeUnit.SECONDS)).isNull();
            assertThat(started.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            assertThat(during).noneMatch(CompletableFuture::isDone);
            mayCommit.release();

            for (CompletableFuture<RuntimeException> each : during) {
                assertThat(each.get(10, TimeUnit.SECONDS)).isNull();
            }
            assertThat(commits.commits()).isEqualTo(2);
            assertThat(events).containsExactly("committed", "first", "committed", "second", "third", "fourth");
        }
    }

    @Test
    void aFailedCommitIsToldToTheWritesItCoveredAndTheNextWritesCommitAgain() throws Exception {
        failNext.set(1);
        try (GroupCommits commits = new GroupCommits(this::commit, "test-commit")) {
            mayCommit.release(2);
            CompletableFuture<RuntimeException> lost = applied(commits, "lost");

            assertThat(lost.get(10, TimeUnit.SECONDS)).hasMessage("disk full");

            CompletableFuture<RuntimeException> next = applied(commits, "next");
            assertThat(next.get(10, TimeUnit.SECONDS)).isNull();
            assertThat(events).containsExactly("lost", "committed", "next");
        }
    }

    @Test
    void commitsNothingWhileNothingIsWrittenAndWhatIsLeftWhenClosed() throws Exception {
        CompletableFuture<RuntimeException> last;
        try (GroupCommits commits = new GroupCommits(this::commit, "test-commit")) {
            assertThat(started.tryAcquire(200, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(commits.commits()).isZero();
            mayCommit.release();
            last = applied(commits, "last");
        }
        // closing waited for the commit of the last write
        assertThat(last).isCompletedWithValue(null);
    }

    private CompletableFuture<RuntimeException> applied(GroupCommits commits, String write) {
        CompletableFuture<RuntimeException> told = new CompletableFuture<>();
        commits.applied(failure -> {
            events.add(write);
            told.complete(failure);
        });
        return told;
    }
}
