package org.pepiniere.applications.decisions;

import java.util.List;

/** What a decision came to: stored, or refused and why. */
public sealed interface DecisionOutcome {

    record Stored(Decided decided) implements DecisionOutcome {
    }

    /** @param fields the fields to correct, each with its problem text key, for the refusals tied to a field */
    record Refused(DecisionRefusal refusal, String subject, List<RefusedField> fields) implements DecisionOutcome {

        public Refused {
            fields = List.copyOf(fields);
        }
    }

    record RefusedField(String field, String reasonKey, List<Object> arguments) {

        public RefusedField {
            arguments = List.copyOf(arguments);
        }
    }

    static DecisionOutcome refused(DecisionRefusal refusal, String subject) {
        return new Refused(refusal, subject, List.of());
    }

    static DecisionOutcome refused(DecisionRefusal refusal, String subject, String field, String reasonKey, Object... arguments) {
        return new Refused(refusal, subject, List.of(new RefusedField(field, reasonKey, List.of(arguments))));
    }
}
