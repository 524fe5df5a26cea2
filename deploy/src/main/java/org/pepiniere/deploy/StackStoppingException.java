package org.pepiniere.deploy;

/** The stack was asked to stop (Ctrl-C, {@link Stack#close()}) while it was starting. */
public final class StackStoppingException extends IllegalStateException {

    StackStoppingException() {
        super(Messages.get("stack.stopping"));
    }
}
