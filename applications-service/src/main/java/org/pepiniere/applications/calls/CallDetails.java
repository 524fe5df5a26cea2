package org.pepiniere.applications.calls;

import java.time.Instant;
import java.util.List;

/**
 * Everything staff write about a call while it is a draft. Opening and closing instants and the review
 * deadline are instants; people read them in Europe/Paris. Every rule is checked at once, so that a
 * refusal names every field to correct ({@link CallRules}).
 *
 * @param reviewsPerApplication k, the number of jurors who review each application
 * @param blindReview           jurors do not see the founders' names, emails or team
 */
public record CallDetails(
        Bilingual title,
        Bilingual description,
        Instant opensAt,
        Instant closesAt,
        Instant reviewDeadline,
        int seats,
        Programme programme,
        int reviewsPerApplication,
        List<Criterion> criteria,
        List<Question> questions,
        boolean blindReview) {

    public CallDetails {
        if (title == null || description == null || opensAt == null || closesAt == null || reviewDeadline == null
                || programme == null) {
            throw new IllegalArgumentException("a call has a title, a description, its instants and a programme");
        }
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        questions = questions == null ? List.of() : List.copyOf(questions);
        var violations = CallRules.violations(title, opensAt, closesAt, reviewDeadline, seats, reviewsPerApplication,
                criteria, questions);
        if (!violations.isEmpty()) {
            throw new InvalidCallDetails(violations);
        }
    }

    public Question question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no question " + id));
    }

    /** Keys of criteria, questions and options become field names of stored documents: no operators, no paths. */
    static boolean isKey(String id) {
        return id != null && id.matches("[A-Za-z0-9_-]{1,64}");
    }
}
