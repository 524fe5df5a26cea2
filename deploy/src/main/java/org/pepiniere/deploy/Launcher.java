package org.pepiniere.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.pepiniere.embedded.UnreadableStoreException;

/**
 * Starts the whole stack with one command, from the repository root:
 * {@code java -jar deploy/target/deploy-<version>-exec.jar [--data-dir=data] [--gateway-port=8080] ...}.
 * Ctrl-C stops the services, then Kafka, MongoDB and SMTP.
 */
public final class Launcher {

    private static final String SIMPLE_LOGGER_FILE = "org.slf4j.simpleLogger.logFile";

    private Launcher() {
    }

    public static void main(String[] args) {
        Path workingDir = Path.of("").toAbsolutePath();
        Messages.use(LaunchOptions.locale(args, System.getenv()));
        if (LaunchOptions.wantsHelp(args)) {
            System.out.print(Messages.usage());
            return;
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, System.getenv(), workingDir);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(Messages.usage());
            System.exit(2);
            return;
        }
        logInfrastructureToFile(options.stack());
        System.out.println(Messages.get("starting", options.stack().dataDir()));
        Stack stack;
        try {
            stack = Stack.start(options.stack());
        } catch (StackStoppingException e) {
            System.out.println(Messages.get("stopped"));
            return;
        } catch (StackStartException | RunnableJars.MissingJarException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        } catch (UnreadableStoreException e) {
            System.err.println(Messages.get("mongo.unreadable", e.file(), e.reason()));
            System.exit(1);
            return;
        } catch (RuntimeException e) {
            System.err.println(Messages.get("start.failed", String.valueOf(e.getMessage()), options.stack().logsDir().resolve("embedded.log")));
            System.exit(1);
            return;
        }
        // the stack stops itself when this JVM exits (Ctrl-C); this hook only tells the person
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println(Messages.get("stopping"));
            stack.close();
            System.out.println(Messages.get("stopped"));
        }, "pepiniere-launcher-report"));
        stack.onUnexpectedExit((service, code) -> System.err.println(
                Messages.get("child.exited", service.module(), String.valueOf(code), stack.config().logOf(service))));
        System.out.println(StartupReport.of(stack, workingDir));
    }

    // keeps the console for the report; Kafka, MongoDB and SMTP log to <data>/logs/embedded.log
    private static void logInfrastructureToFile(StackConfig config) {
        try {
            Files.createDirectories(config.logsDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (System.getProperty(SIMPLE_LOGGER_FILE) == null) {
            System.setProperty(SIMPLE_LOGGER_FILE, config.logsDir().resolve("embedded.log").toString());
        }
    }
}
