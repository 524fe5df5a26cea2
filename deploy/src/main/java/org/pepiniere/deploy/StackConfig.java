package org.pepiniere.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.pepiniere.embedded.EmbeddedSettings;
import org.pepiniere.embedded.Ports;

/**
 * How to run the stack: the repository root (where each module's runnable jar is built), the data
 * directory, every port (0 = a free one), the JVM options of the services and how long they may take to
 * become ready.
 */
public record StackConfig(Path root, Path dataDir, Map<Port, Integer> ports, List<String> jvmOptions, Duration readinessTimeout) {

    public static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8");
    public static final Duration DEFAULT_READINESS_TIMEOUT = Duration.ofMinutes(4);

    public StackConfig {
        root = root.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        EnumMap<Port, Integer> all = new EnumMap<>(Port.class);
        for (Port port : Port.values()) {
            all.put(port, ports.getOrDefault(port, port.defaultPort()));
        }
        ports = Map.copyOf(all);
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** The usual ports, data under {@code dataDir}. */
    public static StackConfig defaults(Path root, Path dataDir) {
        return new StackConfig(root, dataDir, Map.of(), DEFAULT_JVM_OPTIONS, DEFAULT_READINESS_TIMEOUT);
    }

    /** Free ports everywhere, so that a test's stack never collides with a running one. */
    public static StackConfig freePorts(Path root, Path dataDir) {
        Map<Port, Integer> zeros = new EnumMap<>(Port.class);
        for (Port port : Port.values()) {
            zeros.put(port, 0);
        }
        return new StackConfig(root, dataDir, zeros, DEFAULT_JVM_OPTIONS, DEFAULT_READINESS_TIMEOUT);
    }

    /**
     * The same configuration with these JVM options for every service, for example {@code -Dkey=value} system
     * properties, which Spring Boot reads like any other property.
     */
    public StackConfig withJvmOptions(List<String> options) {
        return new StackConfig(root, dataDir, ports, options, readinessTimeout);
    }

    public int port(Port port) {
        return ports.get(port);
    }

    /** The same configuration with every port of 0 replaced by a port free now. */
    public StackConfig withResolvedPorts() {
        Map<Port, Integer> resolved = new EnumMap<>(Port.class);
        ports.forEach((port, number) -> resolved.put(port, Ports.orFree(number)));
        return new StackConfig(root, dataDir, resolved, jvmOptions, readinessTimeout);
    }

    public EmbeddedSettings embeddedSettings() {
        return new EmbeddedSettings(dataDir, port(Port.KAFKA), port(Port.KAFKA_CONTROLLER), port(Port.MONGO), port(Port.SMTP));
    }

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    public Path logOf(Service service) {
        return logsDir().resolve(service.module() + ".log");
    }

    /** Where a service writes the port it holds and its process id once it listens (pepiniere.port-file). */
    public Path portFileOf(Service service) {
        return dataDir.resolve("run").resolve(service.module() + ".port");
    }
}
