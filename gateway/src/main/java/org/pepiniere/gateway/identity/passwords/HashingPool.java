package org.pepiniere.gateway.identity.passwords;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The threads that hash passwords: a fixed number (hashing is pure CPU, more threads than cores only
 * queue inside the OS) and a bounded queue. Work beyond the queue is rejected at once; a shared elastic
 * scheduler would instead queue every burst of logins without end.
 */
public final class HashingPool {

    private HashingPool() {
    }

    /** {@code threads} of 0 means one per available core; a {@code queue} of 0 accepts only what a free thread takes. */
    public static Scheduler of(int threads, int queue) {
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        BlockingQueue<Runnable> waiting = queue > 0 ? new ArrayBlockingQueue<>(queue) : new SynchronousQueue<>();
        AtomicInteger count = new AtomicInteger();
        var executor = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, waiting, runnable -> {
            Thread thread = new Thread(runnable, "password-hashing-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
        return Schedulers.fromExecutorService(executor, "password-hashing");
    }
}
