package org.pepiniere.deploy;

/** A Spring Boot application of the stack, run from {@code <module>/target/<module>-<version>-exec.jar}. */
public enum Service {
    GATEWAY("gateway", Port.GATEWAY),
    APPLICATIONS("applications-service", Port.APPLICATIONS),
    MENTORING("mentoring-service", Port.MENTORING),
    FUNDING("funding-service", Port.FUNDING),
    NOTIFICATIONS("notifications-service", Port.NOTIFICATIONS);

    private final String module;
    private final Port port;

    Service(String module, Port port) {
        this.module = module;
        this.port = port;
    }

    public String module() {
        return module;
    }

    public Port port() {
        return port;
    }
}
