package org.pepiniere.applications.decisions.web;

import org.pepiniere.applications.decisions.DecisionOutcome;
import org.pepiniere.applications.decisions.DecisionRefusal;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The problem each refusal of a decision answers. */
final class DecisionProblems {

    static final String ID = "[A-Za-z0-9_-]{1,64}";

    static ErrorResponseException of(DecisionOutcome.Refused refused) {
        var refusal = refused.refusal();
        if (refusal == DecisionRefusal.INVALID_DECISION || refusal == DecisionRefusal.COHORT_NOT_FOUND) {
            return Problems.fieldsRefused(refused.fields().stream()
                    .map(field -> new Problems.RefusedField(field.field(), field.reasonKey(), field.arguments())).toList());
        }
        var status = switch (refusal) {
            case APPLICATION_NOT_FOUND, CALL_NOT_FOUND -> HttpStatus.NOT_FOUND;
            default -> HttpStatus.CONFLICT;
        };
        if (refused.fields().isEmpty()) {
            return Problems.refused(status, refusal.slug(), "decisions." + refusal.slug(), refused.subject());
        }
        var field = refused.fields().get(0);
        var problem = Problems.refused(status, refusal.slug(), field.reasonKey(), field.arguments().toArray());
        // the portal writes the refusal beside the field it names
        problem.getBody().setProperty("field", field.field());
        return problem;
    }

    static ErrorResponseException of(DecisionRefusal refusal, String subject) {
        return of(new DecisionOutcome.Refused(refusal, subject, java.util.List.of()));
    }

    private DecisionProblems() {
    }
}
