package org.pepiniere.applications.calls.mongo;

import java.time.Instant;
import java.util.List;

import org.pepiniere.applications.calls.Bilingual;
import org.pepiniere.applications.calls.CallDetails;
import org.pepiniere.applications.calls.Choice;
import org.pepiniere.applications.calls.Criterion;
import org.pepiniere.applications.calls.Programme;
import org.pepiniere.applications.calls.Question;
import org.pepiniere.applications.calls.QuestionType;

/**
 * A call's details as stored. Criteria, questions and options keep their id under {@code key}: Spring Data
 * would store a nested {@code id} as {@code _id}.
 */
record DetailsDocument(
        String titleFr, String titleEn,
        String descriptionFr, String descriptionEn,
        Instant opensAt, Instant closesAt, Instant reviewDeadline,
        int seats,
        Programme.Kind programme, String track,
        int reviewsPerApplication,
        List<CriterionDocument> criteria,
        List<QuestionDocument> questions,
        boolean blindReview) {

    record CriterionDocument(String key, String nameFr, String nameEn, int weight, int scaleMin, int scaleMax) {
    }

    record QuestionDocument(String key, String labelFr, String labelEn, QuestionType type, boolean required,
            Integer maxLength, List<OptionDocument> options) {
    }

    record OptionDocument(String key, String labelFr, String labelEn) {
    }

    static DetailsDocument from(CallDetails d) {
        return new DetailsDocument(d.title().fr(), d.title().en(), d.description().fr(), d.description().en(),
                d.opensAt(), d.closesAt(), d.reviewDeadline(), d.seats(), d.programme().kind(), d.programme().track(),
                d.reviewsPerApplication(),
                d.criteria().stream().map(c -> new CriterionDocument(c.id(), c.name().fr(), c.name().en(), c.weight(),
                        c.scaleMin(), c.scaleMax())).toList(),
                d.questions().stream().map(q -> new QuestionDocument(q.id(), q.label().fr(), q.label().en(), q.type(),
                        q.required(), q.maxLength(), q.options().stream()
                                .map(o -> new OptionDocument(o.id(), o.label().fr(), o.label().en())).toList())).toList(),
                d.blindReview());
    }

    CallDetails toDomain() {
        return new CallDetails(new Bilingual(titleFr, titleEn), new Bilingual(descriptionFr, descriptionEn), opensAt, closesAt,
                reviewDeadline, seats, new Programme(programme, track), reviewsPerApplication,
                criteria == null ? List.of() : criteria.stream().map(c -> new Criterion(c.key(), new Bilingual(c.nameFr(),
                        c.nameEn()), c.weight(), c.scaleMin(), c.scaleMax())).toList(),
                questions == null ? List.of() : questions.stream().map(q -> new Question(q.key(),
                        new Bilingual(q.labelFr(), q.labelEn()), q.type(), q.required(), q.maxLength(),
                        q.options() == null ? List.of() : q.options().stream()
                                .map(o -> new Choice(o.key(), new Bilingual(o.labelFr(), o.labelEn()))).toList())).toList(),
                blindReview);
    }
}
