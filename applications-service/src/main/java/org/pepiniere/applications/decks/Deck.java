package org.pepiniere.applications.decks;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.applying.ApplicationId;

/**
 * The pitch deck of an application, as stored once complete.
 *
 * @param id       the stored file's id, opaque to anyone but the store
 * @param filename the name the founder's file had, cleaned, or null when they gave none
 * @param sha256   the hex digest of the bytes: an ETag that changes exactly when the content does
 */
public record Deck(String id, ApplicationId applicationId, @Nullable String filename, long size, String sha256, Instant uploadedAt) {

    /** The largest deck a founder may upload. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** The same deck without the name its file had. */
    public Deck withoutFilename() {
        return new Deck(id, applicationId, null, size, sha256, uploadedAt);
    }
}
