package org.pepiniere.applications.jury.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

class NeedsTest {

    @Test
    void readsTheApplicationsNeedsListWhenItHasOne() {
        var stored = new Document("needs", List.of("chemistry", " biotech ", "", "chemistry"));

        assertThat(Needs.of(stored, Map.of("needs", "ignored"))).containsExactly("chemistry", "biotech");
    }

    @Test
    void splitsTheAnswerToANeedsQuestionOtherwise() {
        assertThat(Needs.of(new Document(), Map.of("needs", "chemistry, biotech;\nregulatory affairs ,"))
        ).containsExactly("chemistry", "biotech", "regulatory affairs");
    }

    @Test
    void readsTheAnswerWhenTheNeedsListIsEmpty() {
        assertThat(Needs.of(new Document("needs", List.of()), Map.of("needs", "optics"))).containsExactly("optics");
    }

    @Test
    void findsNoNeedsInAnApplicationThatStatesNone() {
        assertThat(Needs.of(new Document(), Map.of("market", "cosmetics"))).isEmpty();
    }
}
