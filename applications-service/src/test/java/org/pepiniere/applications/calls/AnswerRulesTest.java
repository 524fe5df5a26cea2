package org.pepiniere.applications.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AnswerRulesTest {

    private static final Bilingual LABEL = new Bilingual("Question", "Question");
    private static final List<Choice> STAGES = List.of(new Choice("idea", LABEL), new Choice("mvp", LABEL), new Choice("revenue", LABEL));

    private final Call call = Call.draft(new CallId("call-1"), CallFixture.INCUBATOR, "staff-1", CallFixture.details(
            List.of(CallFixture.innovation()), List.of(
                    new Question("market", LABEL, QuestionType.LONG_TEXT, true, 20, List.of()),
                    new Question("jobs", LABEL, QuestionType.NUMBER, true, null, List.of()),
                    new Question("founded", LABEL, QuestionType.DATE, false, null, List.of()),
                    new Question("stage", LABEL, QuestionType.SINGLE_CHOICE, true, null, STAGES),
                    new Question("help", LABEL, QuestionType.MULTIPLE_CHOICE, false, null, STAGES),
                    new Question("name", LABEL, QuestionType.SHORT_TEXT, false, null, List.of()))),
            CallFixture.MONDAY_MORNING);

    @Test
    void acceptsCompleteAnswersOfTheRightTypes() {
        var answers = Map.of("market", "Cosmetics makers", "jobs", "3.5", "founded", "2026-09-01", "stage", "mvp",
                "help", "idea, revenue", "name", "Chlorofil");

        assertThat(call.problemsWith(answers)).isEmpty();
    }

    @Test
    void namesEveryRequiredQuestionLeftUnanswered() {
        assertThat(call.problemsWith(Map.of("market", "  ", "founded", "2026-09-01")))
                .extracting(Violation::field, Violation::reasonKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("answers.market", "calls.answer.required"),
                        org.assertj.core.groups.Tuple.tuple("answers.jobs", "calls.answer.required"),
                        org.assertj.core.groups.Tuple.tuple("answers.stage", "calls.answer.required"));
    }

    @Test
    void namesEveryAnswerOfTheWrongType() {
        var answers = Map.of("market", "x".repeat(21), "jobs", "three", "founded", "01/09/2026", "stage", "bootcamp",
                "help", "idea,idea", "name", "n".repeat(201));

        assertThat(call.problemsWith(answers)).extracting(Violation::field).containsExactly("answers.market", "answers.jobs",
                "answers.founded", "answers.stage", "answers.help", "answers.name");
    }

    @Test
    void leavesAnswersToQuestionsTheCallDoesNotAskAlone() {
        var answers = Map.of("market", "Cosmetics", "jobs", "2", "stage", "idea", "motivation", "anything");

        assertThat(call.problemsWith(answers)).isEmpty();
    }
}
