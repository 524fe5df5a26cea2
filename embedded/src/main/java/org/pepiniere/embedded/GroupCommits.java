package org.pepiniere.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the store's changes to its file for the writes waiting for it, several writes to a commit.
 * <p>
 * A commit writes again, whole, every page changed since the last one, and the store's own housekeeping runs
 * with it: a commit per write made that most of the server's work. Here one thread commits, and a commit
 * covers every write applied before it began: the writes applied while one is under way share the next. A
 * write is noted once applied, with who waits for it: told once a commit covered it, or that the commit
 * failed. Nothing is committed when nothing was written.
 */
final class GroupCommits implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommits.class);

    private final Runnable commit;
    private final Thread committer;
    private final Object lock = new Object();
    private final List<Waiting> waiting = new ArrayList<>();
    private long applied;
    private long committed;
    private long commits;
    private boolean closed;

    /** {@code commit} writes every change made so far to the file, or throws. */
    GroupCommits(Runnable commit, String name) {
        this.commit = commit;
        this.committer = new Thread(this::commitWhileWritten, name);
        committer.setDaemon(true);
        committer.start();
    }

    /**
     * Takes note of a write already applied to the store, and calls {@code then} with {@code null} once a
     * commit covered it, or with what made that commit fail: on the committing thread.
     */
    void applied(Consumer<RuntimeException> then) {
        synchronized (lock) {
            applied++;
            waiting.add(new Waiting(applied, then));
            lock.notifyAll();
        }
    }

    /** How many commits were made: for the tests. */
    long commits() {
        synchronized (lock) {
            return commits;
        }
    }

    private void commitWhileWritten() {
        while (true) {
            long upTo;
            synchronized (lock) {
                while (!closed && applied == committed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (applied == committed) {
                    return;
                }
                upTo = applied;
            }
            RuntimeException failure = null;
            try {
                commit.run();
            } catch (RuntimeException e) {
                log.error("Writing the store's changes to its file failed; the writes waiting for it are not acknowledged", e);
                failure = e;
            }
            List<Waiting> covered = new ArrayList<>();
            synchronized (lock) {
                commits++;
                committed = upTo;
                waiting.removeIf(each -> each.number() <= upTo && covered.add(each));
            }
            for (Waiting each : covered) {
                try {
                    each.then().accept(failure);
                } catch (RuntimeException e) {
                    // such as a connection's thread already stopped: the others still hear of their commit
                    log.debug("Could not tell a write of its commit", e);
                }
            }
        }
    }

    /** Commits what is waiting, then stops. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            committer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Waiting(long number, Consumer<RuntimeException> then) {
    }
}
