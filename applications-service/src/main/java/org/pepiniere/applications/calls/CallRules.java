package org.pepiniere.applications.calls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The rules a call's details follow, each broken one named by its field. Limits keep documents and forms small. */
final class CallRules {

    static final int MAX_TITLE = 200;
    static final int MAX_SEATS = 10_000;
    static final int MAX_REVIEWS = 20;
    static final int MAX_CRITERIA = 20;
    static final int MAX_WEIGHT = 100;
    static final int MAX_SCALE = 100;
    static final int MAX_QUESTIONS = 50;
    static final int MAX_LABEL = 500;
    static final int MAX_OPTIONS = 30;
    /** An application's answer is at most this long (ApplicationContent), so a long text's limit is too. */
    static final int MAX_ANSWER = 4000;

    static List<Violation> violations(Bilingual title, Instant opensAt, Instant closesAt, Instant reviewDeadline, int seats,
            int reviews, List<Criterion> criteria, List<Question> questions) {
        var found = new ArrayList<Violation>();
        if (title.longerThan(MAX_TITLE)) {
            found.add(Violation.of("title", "too-long", MAX_TITLE));
        }
        if (!closesAt.isAfter(opensAt)) {
            found.add(Violation.of("closesAt", "after-opening"));
        }
        if (!reviewDeadline.isAfter(closesAt)) {
            found.add(Violation.of("reviewDeadline", "after-closing"));
        }
        between(found, "seats", seats, 1, MAX_SEATS);
        between(found, "reviewsPerApplication", reviews, 1, MAX_REVIEWS);
        if (criteria.size() > MAX_CRITERIA) {
            found.add(Violation.of("criteria", "at-most", MAX_CRITERIA));
        }
        if (questions.size() > MAX_QUESTIONS) {
            found.add(Violation.of("questions", "at-most", MAX_QUESTIONS));
        }
        var criterionIds = new HashSet<String>();
        for (int i = 0; i < criteria.size(); i++) {
            criterion(found, "criteria[" + i + "].", criteria.get(i), criterionIds);
        }
        var questionIds = new HashSet<String>();
        for (int i = 0; i < questions.size(); i++) {
            question(found, "questions[" + i + "].", questions.get(i), questionIds);
        }
        return found;
    }

    private static void criterion(List<Violation> found, String at, Criterion criterion, HashSet<String> ids) {
        if (!ids.add(criterion.id())) {
            found.add(Violation.of(at + "id", "duplicate"));
        }
        if (criterion.name().longerThan(MAX_TITLE)) {
            found.add(Violation.of(at + "name", "too-long", MAX_TITLE));
        }
        between(found, at + "weight", criterion.weight(), 1, MAX_WEIGHT);
        if (criterion.scaleMin() < 0 || criterion.scaleMin() >= criterion.scaleMax() || criterion.scaleMax() > MAX_SCALE) {
            found.add(Violation.of(at + "scaleMax", "scale", MAX_SCALE));
        }
    }

    private static void question(List<Violation> found, String at, Question question, HashSet<String> ids) {
        if (!ids.add(question.id())) {
            found.add(Violation.of(at + "id", "duplicate"));
        }
        if (question.label().longerThan(MAX_LABEL)) {
            found.add(Violation.of(at + "label", "too-long", MAX_LABEL));
        }
        Integer maxLength = question.maxLength();
        if (question.type() == QuestionType.LONG_TEXT) {
            if (maxLength == null || maxLength < 1 || maxLength > MAX_ANSWER) {
                found.add(Violation.of(at + "maxLength", "between", 1, MAX_ANSWER));
            }
        } else if (maxLength != null) {
            found.add(Violation.of(at + "maxLength", "only-long-text"));
        }
        if (question.type().hasOptions()) {
            options(found, at, question.options());
        } else if (!question.options().isEmpty()) {
            found.add(Violation.of(at + "options", "only-choices"));
        }
    }

    private static void options(List<Violation> found, String at, List<Choice> options) {
        if (options.size() < 2 || options.size() > MAX_OPTIONS) {
            found.add(Violation.of(at + "options", "options-count", 2, MAX_OPTIONS));
        }
        var ids = new HashSet<String>();
        for (int j = 0; j < options.size(); j++) {
            if (!ids.add(options.get(j).id())) {
                found.add(Violation.of(at + "options[" + j + "].id", "duplicate"));
            }
            if (options.get(j).label().longerThan(MAX_TITLE)) {
                found.add(Violation.of(at + "options[" + j + "].label", "too-long", MAX_TITLE));
            }
        }
    }

    private static void between(List<Violation> found, String field, int value, int min, int max) {
        if (value < min || value > max) {
            found.add(Violation.of(field, "between", min, max));
        }
    }

    private CallRules() {
    }
}
