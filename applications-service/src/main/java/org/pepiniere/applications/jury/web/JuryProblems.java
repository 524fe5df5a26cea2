package org.pepiniere.applications.jury.web;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.jury.JuryOutcome;
import org.pepiniere.applications.jury.JuryRefusal;
import org.pepiniere.platform.web.IfMatch;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The problem each refusal of the jury answers, and the If-Match version it reads. */
final class JuryProblems {

    static final String ID = "[A-Za-z0-9_-]{1,64}";
    private static final String STALE = "jury." + JuryRefusal.CHANGED_MEANWHILE.slug();

    static ErrorResponseException of(JuryRefusal refusal, String subject, boolean conditional) {
        var status = switch (refusal) {
            case CALL_NOT_FOUND, APPLICATION_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case NOT_IN_POOL -> HttpStatus.FORBIDDEN;
            case CALL_NOT_PUBLISHED, PAIR_SCORED -> HttpStatus.CONFLICT;
            case CHANGED_MEANWHILE -> conditional ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
            case UNKNOWN_JUROR, DUPLICATE_JUROR, UNKNOWN_APPLICATION, EMPTY_POOL, NO_APPLICATIONS -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return Problems.refused(status, refusal.slug(), "jury." + refusal.slug(), subject);
    }

    static <T> T value(JuryOutcome<T> outcome, boolean conditional) {
        if (outcome instanceof JuryOutcome.Done<T> done) {
            return done.value();
        }
        var refused = (JuryOutcome.Refused<T>) outcome;
        throw of(refused.refusal(), refused.subject(), conditional);
    }

    /** The version If-Match names, or null for none; a 412 when the tag cannot be a version of ours. */
    static @Nullable Long version(@Nullable String ifMatch) {
        return IfMatch.version(ifMatch, STALE);
    }

    static long requiredVersion(@Nullable String ifMatch) {
        return IfMatch.required(ifMatch, STALE, "jury.precondition-required");
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    private JuryProblems() {
    }
}
