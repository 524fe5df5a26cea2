package org.pepiniere.applications.calls.web;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.calls.CallRefusal;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpStatus;

/** The version an If-Match header names: the ETag is the call's version in quotes, weak or strong. */
final class IfMatch {

    /** Null when no version is named ({@code *} or no header); a 412 when the tag cannot be a version of ours. */
    static @Nullable Long version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw Problems.refused(HttpStatus.PRECONDITION_FAILED, CallRefusal.CHANGED_MEANWHILE.slug(),
                    "calls." + CallRefusal.CHANGED_MEANWHILE.slug());
        }
    }

    private IfMatch() {
    }
}
