package org.pepiniere.embedded;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka, the MongoDB wire server and SMTP, started side by side, keeping their data under one
 * directory so that a restart finds everything again.
 */
public final class EmbeddedStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStack.class);

    private final KafkaBroker kafka;
    private final MongoWireServer mongo;
    private final SmtpServer smtp;
    private final Duration startTime;

    private EmbeddedStack(KafkaBroker kafka, MongoWireServer mongo, SmtpServer smtp, Duration startTime) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.smtp = smtp;
        this.startTime = startTime;
    }

    public static EmbeddedStack start(EmbeddedSettings settings) {
        Startup startup = new Startup();
        CompletableFuture<KafkaBroker> kafka = startup.begin("Kafka",
                () -> KafkaBroker.start(settings.kafkaDir(), settings.kafkaPort(), settings.kafkaControllerPort()));
        CompletableFuture<MongoWireServer> mongo = startup.begin("MongoDB wire server",
                () -> MongoWireServer.persistent(settings.mongoDir(), settings.mongoPort()));
        CompletableFuture<SmtpServer> smtp = startup.begin("SMTP", () -> SmtpServer.start(settings.smtpPort()));
        Duration took = startup.await();
        log.info("embedded components started in {} ms", took.toMillis());
        return new EmbeddedStack(kafka.join(), mongo.join(), smtp.join(), took);
    }

    /** What a Spring Boot service needs to reach these components. */
    public Map<String, String> springProperties() {
        return springProperties(kafka.bootstrapServers(), mongo.connectionString(), smtp);
    }

    /** The Spring Boot properties that point a service at these addresses. */
    public static Map<String, String> springProperties(String bootstrapServers, String mongoUri, SmtpServer smtp) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers);
        properties.put("spring.mongodb.uri", mongoUri);
        properties.put("spring.mail.host", smtp.host());
        properties.put("spring.mail.port", String.valueOf(smtp.port()));
        return properties;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public MongoWireServer mongo() {
        return mongo;
    }

    public SmtpServer smtp() {
        return smtp;
    }

    public Duration startTime() {
        return startTime;
    }

    @Override
    public void close() {
        Closing.quietly(smtp, mongo, kafka);
    }
}
