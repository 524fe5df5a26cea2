package org.pepiniere.embedded;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts components side by side and measures each; when one fails, closes those that did start.
 */
public final class Startup {

    private static final Logger log = LoggerFactory.getLogger(Startup.class);

    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "pepiniere-startup");
        thread.setDaemon(true);
        return thread;
    });
    private final List<CompletableFuture<? extends AutoCloseable>> started = new ArrayList<>();
    private final long begin = System.nanoTime();

    /** Begins starting a component; {@link #await()} waits for all of them. */
    public <T extends AutoCloseable> CompletableFuture<T> begin(String name, Supplier<T> starter) {
        CompletableFuture<T> future = CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            T component = starter.get();
            log.info("{} started in {} ms", name, Duration.ofNanos(System.nanoTime() - t0).toMillis());
            return component;
        }, executor);
        started.add(future);
        return future;
    }

    /** Waits for every component; the time since this startup began. */
    public Duration await() {
        try {
            CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).join();
            return Duration.ofNanos(System.nanoTime() - begin);
        } catch (CompletionException e) {
            closeStarted();
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        } finally {
            executor.shutdown();
        }
    }

    private void closeStarted() {
        for (CompletableFuture<? extends AutoCloseable> future : started) {
            AutoCloseable component = future.<AutoCloseable>handle((c, failure) -> c).join();
            if (component != null) {
                Closing.quietly(component);
            }
        }
    }
}
