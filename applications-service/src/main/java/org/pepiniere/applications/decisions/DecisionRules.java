package org.pepiniere.applications.decisions;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.decisions.ApplicationDecided.Decision;

/** What a decision request must hold before anything is read: an outcome, a cohort to admit into, both reasons. */
final class DecisionRules {

    static final int LONGEST_REASONS = 2_000;

    private DecisionRules() {
    }

    static List<DecisionOutcome.RefusedField> problemsWith(DecideApplication command) {
        var refused = new ArrayList<DecisionOutcome.RefusedField>();
        if (command.decision() == null) {
            refused.add(field("decision", "decisions.field.decision"));
        }
        if (command.decision() == Decision.ADMITTED && blank(command.cohortId())) {
            refused.add(field("cohortId", "decisions.field.cohort-required"));
        }
        reasons(refused, "reasonsFr", command.reasonsFr());
        reasons(refused, "reasonsEn", command.reasonsEn());
        return refused;
    }

    static void reasons(List<DecisionOutcome.RefusedField> refused, String name, @Nullable String text) {
        if (blank(text)) {
            refused.add(field(name, "decisions.field.reasons-required"));
        } else if (text.length() > LONGEST_REASONS) {
            refused.add(new DecisionOutcome.RefusedField(name, "decisions.field.too-long", List.of(LONGEST_REASONS)));
        }
    }

    private static DecisionOutcome.RefusedField field(String name, String key) {
        return new DecisionOutcome.RefusedField(name, key, List.of());
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
