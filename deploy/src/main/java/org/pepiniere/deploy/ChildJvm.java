package org.pepiniere.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** One service running in a JVM of its own, its output appended to its log file. */
final class ChildJvm {

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);

    private final Service service;
    private final Process process;
    private final Path log;
    private final Path portFile;
    private volatile boolean stopping;

    private ChildJvm(Service service, Process process, Path log, Path portFile) {
        this.service = service;
        this.process = process;
        this.log = log;
        this.portFile = portFile;
    }

    static ChildJvm start(Service service, StackConfig config) {
        Path log = config.logOf(service);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(config.jvmOptions());
        command.addAll(ClassDataSharing.launch(service, config));
        for (Map.Entry<String, String> property : ServiceProperties.of(service, config).entrySet()) {
            command.add("--" + property.getKey() + "=" + property.getValue());
        }
        try {
            // a file left by an earlier run must not vouch for this one
            Files.deleteIfExists(config.portFileOf(service));
            Files.createDirectories(log.getParent());
            Files.writeString(log, System.lineSeparator() + "=== " + OffsetDateTime.now() + " " + String.join(" ", command)
                    + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Process process = new ProcessBuilder(command)
                    .directory(config.root().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ChildJvm(service, process, log, config.portFileOf(service));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.module(), e);
        }
    }

    Service service() {
        return service;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Whether this JVM, alive, says it listens on {@code port}: it writes so only once its own server is bound. */
    boolean holds(int port) {
        try {
            return process.isAlive() && Files.exists(portFile)
                    && Files.readString(portFile, StandardCharsets.UTF_8).trim().equals(port + " " + process.pid());
        } catch (IOException e) {
            return false;
        }
    }

    /** Completes when the JVM exits, unless it was asked to stop. */
    CompletableFuture<Integer> unexpectedExit() {
        return process.onExit().thenCompose(p -> stopping ? new CompletableFuture<>() : CompletableFuture.completedFuture(p.exitValue()));
    }

    /** Asks the JVM to stop (SIGTERM: Spring shuts down gracefully), then kills it if it does not within 30 s. */
    CompletableFuture<Void> stop() {
        stopping = true;
        process.destroy();
        return process.onExit()
                .orTimeout(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)
                .exceptionallyCompose(timeout -> process.destroyForcibly().onExit())
                .thenApply(p -> null);
    }

    void stopNow() {
        try {
            stop().get(GRACEFUL_STOP.toSeconds() + 10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
        }
    }

    /** The last lines of its log, to show why it failed. */
    String logTail(int lines) {
        try (Stream<String> all = Files.lines(log, StandardCharsets.UTF_8)) {
            List<String> kept = all.toList();
            return String.join(System.lineSeparator(), kept.subList(Math.max(0, kept.size() - lines), kept.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(" + log + " unreadable: " + e.getMessage() + ")";
        }
    }

    Path log() {
        return log;
    }
}
