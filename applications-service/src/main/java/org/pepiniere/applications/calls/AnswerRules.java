package org.pepiniere.applications.calls;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Whether answers to a call's questions are complete and of the right type, each problem named by its field
 * ({@code answers.<question id>}). Answers to questions the call does not ask are left alone: the portal's
 * general questions travel in the same map.
 */
final class AnswerRules {

    static final int MAX_SHORT_TEXT = 200;

    static List<Violation> violations(List<Question> questions, Map<String, String> answers) {
        var found = new ArrayList<Violation>();
        for (Question question : questions) {
            String field = "answers." + question.id();
            String answer = answers.get(question.id());
            if (answer == null || answer.isBlank()) {
                if (question.required()) {
                    found.add(new Violation(field, "calls.answer.required", List.of()));
                }
                continue;
            }
            String problem = problem(question, answer.strip());
            if (problem != null) {
                found.add(new Violation(field, "calls.answer." + problem, arguments(question, problem)));
            }
        }
        return found;
    }

    private static String problem(Question question, String answer) {
        return switch (question.type()) {
            case SHORT_TEXT -> answer.length() > MAX_SHORT_TEXT ? "too-long" : null;
            case LONG_TEXT -> answer.length() > question.maxLength() ? "too-long" : null;
            case NUMBER -> isNumber(answer) ? null : "number";
            case DATE -> isDate(answer) ? null : "date";
            case SINGLE_CHOICE -> optionIds(question).contains(answer) ? null : "choice";
            case MULTIPLE_CHOICE -> areChoices(question, answer) ? null : "choices";
        };
    }

    private static List<Object> arguments(Question question, String problem) {
        if (!problem.equals("too-long")) {
            return List.of();
        }
        return List.of(question.type() == QuestionType.LONG_TEXT ? question.maxLength() : MAX_SHORT_TEXT);
    }

    private static boolean isNumber(String answer) {
        try {
            new BigDecimal(answer);
            return answer.length() <= 40;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String answer) {
        try {
            LocalDate.parse(answer);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** A multiple choice is answered with option ids separated by commas, each once. */
    private static boolean areChoices(Question question, String answer) {
        var chosen = Arrays.stream(answer.split(",")).map(String::strip).toList();
        return optionIds(question).containsAll(chosen) && new HashSet<>(chosen).size() == chosen.size();
    }

    private static List<String> optionIds(Question question) {
        return question.options().stream().map(Choice::id).toList();
    }

    private AnswerRules() {
    }
}
