package org.pepiniere.deploy;

import java.time.Duration;

/** The stack could not start: which service (or the option of the port that is taken), why, and the end of its log. */
public final class StackStartException extends RuntimeException {

    private static final int TAIL = 40;

    private final String module;

    private StackStartException(String module, String message) {
        super(message);
        this.module = module;
    }

    static StackStartException died(ChildJvm child, int exitCode) {
        return new StackStartException(child.service().module(), Messages.get("child.died", child.service().module(), exitCode,
                child.log(), child.logTail(TAIL)));
    }

    static StackStartException notReady(ChildJvm child, Duration timeout) {
        return new StackStartException(child.service().module(), Messages.get("child.not-ready", child.service().module(),
                timeout.toSeconds(), child.log(), child.logTail(TAIL)));
    }

    static StackStartException portTaken(Port port, int number) {
        return new StackStartException(port.option(), Messages.get("port.taken", String.valueOf(number), port.option()));
    }

    static StackStartException answeredByAnother(ChildJvm child, int port, Duration timeout) {
        return new StackStartException(child.service().module(), Messages.get("child.port-held", child.service().module(),
                String.valueOf(port), child.service().port().option(), timeout.toSeconds(), child.log(), child.logTail(TAIL)));
    }

    /** The module that failed, or the option of the port that is taken. */
    public String module() {
        return module;
    }
}
