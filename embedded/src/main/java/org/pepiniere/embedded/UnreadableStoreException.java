package org.pepiniere.embedded;

import java.nio.file.Path;

/**
 * The MongoDB wire server's H2 file exists but cannot be opened: damaged, written by an incompatible H2, or
 * not an H2 store at all. Nothing is changed in it, so that the person can keep it aside and start afresh.
 */
public final class UnreadableStoreException extends RuntimeException {

    private final Path file;

    UnreadableStoreException(Path file, Throwable cause) {
        super("cannot open the store " + file + ": " + cause.getMessage(), cause);
        this.file = file;
    }

    /** The store's file. */
    public Path file() {
        return file;
    }

    /** What H2 said, in its words. */
    public String reason() {
        return String.valueOf(getCause().getMessage());
    }
}
