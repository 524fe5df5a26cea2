package org.pepiniere.applications.scoring.web;

import org.pepiniere.applications.scoring.ScoreOutcome;
import org.pepiniere.applications.scoring.ScoreRefusal;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The problem each refusal of a score answers. */
final class ScoreProblems {

    static final String ID = "[A-Za-z0-9_-]{1,64}";
    static final String STALE = "scoring." + ScoreRefusal.CHANGED_MEANWHILE.slug();

    static ErrorResponseException of(ScoreOutcome.Refused refused, boolean conditional) {
        var refusal = refused.refusal();
        if (refusal == ScoreRefusal.INVALID_SHEET) {
            return Problems.fieldsRefused(refused.fields().stream()
                    .map(field -> new Problems.RefusedField(field.field(), field.reasonKey(), field.arguments())).toList());
        }
        return of(refusal, refused.subject(), conditional);
    }

    static ErrorResponseException of(ScoreRefusal refusal, String subject, boolean conditional) {
        var status = switch (refusal) {
            case APPLICATION_NOT_FOUND, SCORE_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT_DECLARED, DEADLINE_PASSED -> HttpStatus.CONFLICT;
            case REVISION_REQUIRED -> HttpStatus.PRECONDITION_REQUIRED;
            case CHANGED_MEANWHILE -> conditional ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
            case INVALID_SHEET -> HttpStatus.BAD_REQUEST;
        };
        return Problems.refused(status, refusal.slug(), "scoring." + refusal.slug(), subject);
    }

    static ErrorResponseException callNotFound(String callId) {
        return Problems.refused(HttpStatus.NOT_FOUND, "call-not-found", "scoring.call-not-found", callId);
    }

    private ScoreProblems() {
    }
}
