package org.pepiniere.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each service from its runnable jar extracted (Spring Boot's {@code -Djarmode=tools extract}: plain
 * jars on the class path, so class and resource look-ups no longer go through nested jars), with a class
 * data sharing archive once one exists. The archive comes from a training run (the service started until
 * its context is refreshed, then stopped) done in the background after the stack is ready, one service at
 * a time: the first start is not slowed down, and every later start of that service maps its classes
 * from the archive instead of loading them. Both live under {@code <data>/runtime/}, keyed by the jar's
 * size and date, so a rebuilt jar gets new ones. Any failure only means running the jar as before.
 */
final class ClassDataSharing implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ClassDataSharing.class);
    private static final String ARCHIVE = "application.jsa";
    private static final String TOOLS = "BOOT-INF/lib/spring-boot-jarmode-tools-";
    /** {@code -Dpepiniere.class-data-sharing=false} runs the jars as they are, to compare. */
    private static final boolean ENABLED = !"false".equals(System.getProperty("pepiniere.class-data-sharing"));

    private final StackConfig config;
    private volatile boolean closed;
    private volatile Process training;

    ClassDataSharing(StackConfig config) {
        this.config = config;
    }

    /** Extracts every service's jar that is not yet, side by side; returns once all are. */
    void extractAll() {
        if (!ENABLED) {
            return;
        }
        CompletableFuture.allOf(Stream.of(Service.values())
                .map(service -> CompletableFuture.runAsync(() -> extracted(RunnableJars.of(service, config.root()), config)))
                .toArray(CompletableFuture[]::new)).join();
    }

    /** The JVM options and {@code -jar} arguments that start {@code service}: extracted, with its archive when ready. */
    static List<String> launch(Service service, StackConfig config) {
        Path jar = RunnableJars.of(service, config.root());
        Path extracted = ENABLED ? extracted(jar, config) : null;
        List<String> arguments = new ArrayList<>();
        if (extracted == null) {
            arguments.add("-jar");
            arguments.add(jar.toString());
            return arguments;
        }
        Path archive = extracted.resolve(ARCHIVE);
        if (Files.isRegularFile(archive)) {
            arguments.add("-XX:SharedArchiveFile=" + archive);
        }
        arguments.add("-jar");
        arguments.add(extracted.resolve(jar.getFileName()).toString());
        return arguments;
    }

    /** Trains, one after the other, the services that have no archive yet; completes when all are done. */
    CompletableFuture<Void> trainInBackground() {
        return CompletableFuture.runAsync(() -> {
            for (Service service : Service.values()) {
                if (ENABLED && !closed) {
                    train(service);
                }
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "pepiniere-class-data-sharing");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        });
    }

    private void train(Service service) {
        Path jar = RunnableJars.of(service, config.root());
        Path extracted = extracted(jar, config);
        if (extracted == null || Files.exists(extracted.resolve(ARCHIVE))) {
            return;
        }
        Path partial = extracted.resolve(ARCHIVE + ".part");
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(config.jvmOptions());
        command.add("-XX:ArchiveClassesAtExit=" + partial);
        // stops once the context is refreshed: every bean was created, no port was opened
        command.add("-Dspring.context.exit=onRefresh");
        command.add("-jar");
        command.add(extracted.resolve(jar.getFileName()).toString());
        for (Map.Entry<String, String> property : ServiceProperties.of(service, config).entrySet()) {
            command.add("--" + property.getKey() + "=" + ("server.port".equals(property.getKey()) ? "0" : property.getValue()));
        }
        long begin = System.nanoTime();
        if (runTraining(command, config.logsDir().resolve(service.module() + "-training.log")) && Files.isRegularFile(partial)) {
            try {
                Files.move(partial, extracted.resolve(ARCHIVE), StandardCopyOption.ATOMIC_MOVE);
                log.info("{}: class data sharing archive ready in {} ms, used from its next start", service.module(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
            } catch (IOException e) {
                log.warn("{}: no class data sharing archive: {}", service.module(), e.toString());
            }
        }
    }

    /** The directory of the extracted jar, extracting it the first time; null when it cannot be extracted. */
    private static Path extracted(Path jar, StackConfig config) {
        try {
            Path dir = config.dataDir().resolve("runtime").resolve(jar.getFileName().toString().replace(".jar", "") + "-"
                    + Long.toHexString(Files.size(jar)) + "-" + Long.toHexString(Files.getLastModifiedTime(jar).toMillis()));
            if (Files.isRegularFile(dir.resolve(jar.getFileName()))) {
                return dir;
            }
            if (!hasTools(jar)) {
                return null;
            }
            Path partial = Files.createDirectories(dir.resolveSibling(dir.getFileName() + ".part"));
            List<String> command = List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force",
                    "--destination", partial.toString());
            if (!run(command, config.logsDir().resolve("extract.log"))) {
                return null;
            }
            deleteRecursively(dir);
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
            return dir;
        } catch (IOException | UncheckedIOException e) {
            log.warn("{} runs from its jar: it could not be extracted ({})", jar.getFileName(), e.toString());
            return null;
        }
    }

    private boolean runTraining(List<String> command, Path log) {
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            training = process;
            if (closed) {
                process.destroyForcibly();
            }
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return !closed && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops a training run under way: the stack is stopping. */
    @Override
    public void close() {
        closed = true;
        Process process = training;
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private static boolean hasTools(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(entry -> entry.getName().startsWith(TOOLS));
        }
    }

    private static boolean run(List<String> command, Path log) {
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
