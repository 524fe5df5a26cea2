package org.pepiniere.applications.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.pepiniere.applications.calls.CallFixture.CLOSING;
import static org.pepiniere.applications.calls.CallFixture.OPENING;
import static org.pepiniere.applications.calls.CallFixture.REVIEW_DEADLINE;
import static org.pepiniere.applications.calls.CallFixture.innovation;
import static org.pepiniere.applications.calls.CallFixture.market;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class CallRulesTest {

    private static final Bilingual TITLE = new Bilingual("Appel", "Call");

    @Test
    void namesEveryBrokenRuleAtOnce() {
        var invalid = catchThrowableOfType(InvalidCallDetails.class, () -> new CallDetails(TITLE, TITLE, CLOSING, OPENING, OPENING,
                0, Programme.incubation(), 0, List.of(innovation(), innovation()), List.of(), false));

        assertThat(invalid.violations()).extracting(Violation::field)
                .containsExactly("closesAt", "reviewDeadline", "seats", "reviewsPerApplication", "criteria[1].id");
    }

    @Test
    void refusesAReviewDeadlineBeforeTheClosing() {
        assertThat(fieldsOf(() -> details(OPENING, CLOSING, CLOSING.minusSeconds(60), List.of(innovation()), List.of())))
                .containsExactly("reviewDeadline");
    }

    @Test
    void refusesAWeightThatIsNotPositive() {
        var weightless = new Criterion("impact", new Bilingual("Impact", "Impact"), 0, 1, 5);

        assertThat(fieldsOf(() -> details(OPENING, CLOSING, REVIEW_DEADLINE, List.of(weightless), List.of())))
                .containsExactly("criteria[0].weight");
    }

    @Test
    void refusesAScaleWhoseMaximumIsNotAboveItsMinimum() {
        var flat = new Criterion("impact", new Bilingual("Impact", "Impact"), 1, 5, 5);

        assertThat(fieldsOf(() -> details(OPENING, CLOSING, REVIEW_DEADLINE, List.of(flat), List.of())))
                .containsExactly("criteria[0].scaleMax");
    }

    @Test
    void refusesTwoQuestionsWithTheSameId() {
        assertThat(fieldsOf(() -> details(OPENING, CLOSING, REVIEW_DEADLINE, List.of(), List.of(market(), market()))))
                .containsExactly("questions[1].id");
    }

    @Test
    void refusesALongTextWithoutALimit() {
        var unlimited = new Question("pitch", TITLE, QuestionType.LONG_TEXT, false, null, List.of());

        assertThat(fieldsOf(() -> details(OPENING, CLOSING, REVIEW_DEADLINE, List.of(), List.of(unlimited))))
                .containsExactly("questions[0].maxLength");
    }

    @Test
    void refusesAChoiceWithASingleOption() {
        var lonely = new Question("stage", TITLE, QuestionType.SINGLE_CHOICE, true, null,
                List.of(new Choice("idea", new Bilingual("Idée", "Idea"))));

        assertThat(fieldsOf(() -> details(OPENING, CLOSING, REVIEW_DEADLINE, List.of(), List.of(lonely))))
                .containsExactly("questions[0].options");
    }

    @Test
    void refusesOptionsOnAQuestionThatIsNotAChoice() {
        var number = new Question("jobs", TITLE, QuestionType.NUMBER, true, null,
                List.of(new Choice("a", TITLE), new Choice("b", TITLE)));

        assertThat(fieldsOf(() -> details(OPENING, CLOSING, REVIEW_DEADLINE, List.of(), List.of(number))))
                .containsExactly("questions[0].options");
    }

    @Test
    void refusesACriterionIdThatCouldBeAMongoOperator() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> new Criterion("$where", TITLE, 1, 1, 5))).isNotNull();
    }

    @Test
    void refusesAnAccelerationWithoutItsTrack() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> new Programme(Programme.Kind.ACCELERATION, " "))).isNotNull();
    }

    private static CallDetails details(Instant opens, Instant closes, Instant deadline, List<Criterion> criteria,
            List<Question> questions) {
        return new CallDetails(TITLE, TITLE, opens, closes, deadline, 5, Programme.incubation(), 2, criteria, questions, false);
    }

    private static List<String> fieldsOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable making) {
        return catchThrowableOfType(InvalidCallDetails.class, making).violations().stream().map(Violation::field).toList();
    }
}
