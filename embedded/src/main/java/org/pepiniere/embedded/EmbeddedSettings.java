package org.pepiniere.embedded;

import java.nio.file.Path;

/**
 * Where the embedded components keep their data ({@code <dataDir>/kafka}, {@code <dataDir>/mongo}) and
 * the ports they listen on; a port of 0 means a free one.
 */
public record EmbeddedSettings(Path dataDir, int kafkaPort, int kafkaControllerPort, int mongoPort, int smtpPort) {

    public static final int KAFKA_PORT = 9092;
    public static final int KAFKA_CONTROLLER_PORT = 9093;
    public static final int MONGO_PORT = 27017;
    public static final int SMTP_PORT = 2525;

    /** The usual local ports. */
    public static EmbeddedSettings defaults(Path dataDir) {
        return new EmbeddedSettings(dataDir, KAFKA_PORT, KAFKA_CONTROLLER_PORT, MONGO_PORT, SMTP_PORT);
    }

    /** Free ports, so that several stacks can run side by side. */
    public static EmbeddedSettings freePorts(Path dataDir) {
        return new EmbeddedSettings(dataDir, 0, 0, 0, 0);
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    public Path mongoDir() {
        return dataDir.resolve("mongo");
    }
}
