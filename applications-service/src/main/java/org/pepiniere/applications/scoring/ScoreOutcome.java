package org.pepiniere.applications.scoring;

import java.util.List;

/** What a score sheet came to: saved, first or revision, or refused and why. */
public sealed interface ScoreOutcome {

    record Saved(Score score) implements ScoreOutcome {

        public boolean first() {
            return score.revision() == 1;
        }
    }

    /** @param fields the fields to correct, for {@link ScoreRefusal#INVALID_SHEET} */
    record Refused(ScoreRefusal refusal, String subject, List<FieldRefusal> fields) implements ScoreOutcome {

        public Refused {
            fields = List.copyOf(fields);
        }
    }

    static ScoreOutcome refused(ScoreRefusal refusal, String subject) {
        return new Refused(refusal, subject, List.of());
    }
}
