package org.pepiniere.deploy;

/** Every port of the local stack, with its launcher option and its default. */
public enum Port {
    GATEWAY("gateway-port", 8080),
    APPLICATIONS("applications-port", 8081),
    MENTORING("mentoring-port", 8082),
    FUNDING("funding-port", 8083),
    NOTIFICATIONS("notifications-port", 8084),
    KAFKA("kafka-port", 9092),
    KAFKA_CONTROLLER("kafka-controller-port", 9093),
    MONGO("mongo-port", 27017),
    SMTP("smtp-port", 2525),
    DEMO_BANK("demo-bank-port", 8090);

    private final String option;
    private final int defaultPort;

    Port(String option, int defaultPort) {
        this.option = option;
        this.defaultPort = defaultPort;
    }

    /** The name of the {@code --option=value} that sets it; the environment variable is PEPINIERE_ + it in capitals. */
    public String option() {
        return option;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
