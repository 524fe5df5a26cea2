package org.pepiniere.embedded.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.pepiniere.embedded.Closing;
import org.pepiniere.embedded.EmbeddedStack;
import org.pepiniere.embedded.KafkaBroker;
import org.pepiniere.embedded.MongoWireServer;
import org.pepiniere.embedded.SmtpServer;
import org.pepiniere.embedded.Startup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka, MongoDB and SMTP for tests, started once per JVM on free ports and stopped when the JVM exits.
 * Embedded by default (Kafka in a temporary directory, MongoDB in memory); with
 * {@code -Dpepiniere.test.containers=true} and a Docker engine, Kafka and MongoDB run in containers.
 */
public final class SharedInfrastructure {

    /** System property that asks for containers instead of the embedded Kafka and MongoDB. */
    public static final String CONTAINERS_PROPERTY = "pepiniere.test.containers";

    private static final Logger log = LoggerFactory.getLogger(SharedInfrastructure.class);
    private static final Set<String> SPRING_SHUTDOWN_HOOKS = Set.of("SpringApplicationShutdownHook", "SpringContextShutdownHook");
    private static final Duration SPRING_SHUTDOWN_WAIT = Duration.ofSeconds(20);
    private static @Nullable SharedInfrastructure instance;

    private final String kafkaBootstrapServers;
    private final String mongoConnectionString;
    private final SmtpServer smtp;
    private final boolean containers;

    private SharedInfrastructure(String kafkaBootstrapServers, String mongoConnectionString, SmtpServer smtp, boolean containers) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongoConnectionString = mongoConnectionString;
        this.smtp = smtp;
        this.containers = containers;
    }

    /** The infrastructure of this JVM, started at the first call. */
    public static synchronized SharedInfrastructure get() {
        if (instance == null) {
            // Tests wait for effects that cross Kafka; on a loaded two-core machine 10 s is not always enough.
            org.awaitility.Awaitility.setDefaultTimeout(java.time.Duration.ofSeconds(30));
            instance = Boolean.getBoolean(CONTAINERS_PROPERTY) && ContainersAvailability.check() ? startContainers() : startEmbedded();
        }
        return instance;
    }

    private static SharedInfrastructure startEmbedded() {
        Path kafkaDir = temporaryDirectory();
        List<AutoCloseable> components = new ArrayList<>();
        Startup startup = new Startup();
        CompletableFuture<KafkaBroker> kafka = startup.begin("Kafka", () -> KafkaBroker.start(kafkaDir, 0, 0));
        CompletableFuture<MongoWireServer> mongo = startup.begin("MongoDB wire server (memory)", () -> MongoWireServer.inMemory(0));
        CompletableFuture<SmtpServer> smtp = startup.begin("SMTP", () -> SmtpServer.start(0));
        Duration took = startup.await();
        components.add(smtp.join());
        components.add(mongo.join());
        components.add(kafka.join());
        components.add(() -> deleteRecursively(kafkaDir));
        closeAtExit(components);
        log.info("shared test infrastructure (embedded) started in {} ms", took.toMillis());
        return new SharedInfrastructure(kafka.join().bootstrapServers(), mongo.join().connectionString(), smtp.join(), false);
    }

    private static SharedInfrastructure startContainers() {
        long t0 = System.nanoTime();
        Containers containers = Containers.start();
        SmtpServer smtp = SmtpServer.start(0);
        closeAtExit(List.of(smtp, containers));
        log.info("shared test infrastructure (containers mongo:8, apache/kafka, embedded SMTP) started in {} ms",
                Duration.ofNanos(System.nanoTime() - t0).toMillis());
        return new SharedInfrastructure(containers.kafkaBootstrapServers(), containers.mongoConnectionString(), smtp, true);
    }

    /** spring.kafka.bootstrap-servers, spring.mongodb.uri, spring.mail.host and spring.mail.port. */
    public Map<String, String> springProperties() {
        return EmbeddedStack.springProperties(kafkaBootstrapServers, mongoConnectionString, smtp);
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** Like {@code mongodb://127.0.0.1:PORT}, without a database. */
    public String mongoConnectionString() {
        return mongoConnectionString;
    }

    /** The SMTP server every test's emails go to, with what it received. */
    public SmtpServer smtp() {
        return smtp;
    }

    /** Whether Kafka and MongoDB run in containers rather than in this JVM. */
    public boolean usesContainers() {
        return containers;
    }

    private static void closeAtExit(List<AutoCloseable> components) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            awaitSpringShutdown();
            Closing.quietly(components.toArray(AutoCloseable[]::new));
        }, "pepiniere-test-infrastructure-stop"));
    }

    // Shutdown hooks run concurrently: let the cached Spring contexts close their Kafka consumers while the broker
    // still answers, or each consumer waits for its close timeout.
    private static void awaitSpringShutdown() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (SPRING_SHUTDOWN_HOOKS.contains(thread.getName())) {
                try {
                    thread.join(SPRING_SHUTDOWN_WAIT.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("pepiniere-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
