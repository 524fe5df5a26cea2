package org.pepiniere.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The version an {@code If-Match} header names, where a resource's ETag is its version number in quotes,
 * weak or strong. One reading for every service, so that {@code "3"}, {@code W/"3"} and {@code *} mean the
 * same thing everywhere.
 */
public final class IfMatch {

    /** The problem type of a version that no longer matches, or that cannot be one of ours. */
    public static final String STALE = "changed-meanwhile";

    /** The problem type of a change that must name the version it was made from. */
    public static final String REQUIRED = "precondition-required";

    /**
     * The version named, or null when none is ({@code *}, a blank or no header).
     *
     * @param staleKey the problem text of the 412 answered when the tag cannot be a version
     */
    public static @Nullable Long version(@Nullable String header, String staleKey) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw stale(staleKey);
        }
    }

    /**
     * The version named, which this change requires: a 428 with {@code requiredKey} when none is, so that a tab
     * left open never overwrites unseen what another saved since.
     */
    public static long required(@Nullable String header, String staleKey, String requiredKey) {
        Long version = version(header, staleKey);
        if (version == null) {
            throw Problems.refused(HttpStatus.PRECONDITION_REQUIRED, REQUIRED, requiredKey);
        }
        return version;
    }

    /** The 412 of a version that no longer matches the stored one. */
    public static ErrorResponseException stale(String staleKey) {
        return Problems.refused(HttpStatus.PRECONDITION_FAILED, STALE, staleKey);
    }

    private IfMatch() {
    }
}
