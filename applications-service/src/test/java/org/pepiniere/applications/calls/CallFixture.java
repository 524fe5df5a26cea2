package org.pepiniere.applications.calls;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

final class CallFixture {

    static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T08:00:00Z");
    static final Instant OPENING = Instant.parse("2027-01-05T08:00:00Z");
    static final Instant CLOSING = Instant.parse("2027-02-15T22:59:00Z");
    static final Instant REVIEW_DEADLINE = Instant.parse("2027-03-15T22:59:00Z");
    static final String INCUBATOR = "imt-mines-ales-enscm";

    static Criterion innovation() {
        return new Criterion("innovation", new Bilingual("Innovation", "Innovation"), 3, 1, 5);
    }

    static Question market() {
        return new Question("market", new Bilingual("Votre marché", "Your market"), QuestionType.LONG_TEXT, true, 2000, List.of());
    }

    static CallDetails villageByCa2027() {
        return details(List.of(innovation()), List.of(market()));
    }

    static CallDetails details(List<Criterion> criteria, List<Question> questions) {
        return new CallDetails(new Bilingual("Accélération 2027", "Acceleration 2027"),
                new Bilingual("Six mois au Village by CA.", "Six months at the Village by CA."), OPENING, CLOSING, REVIEW_DEADLINE,
                8, Programme.acceleration("Village by CA"), 3, criteria, questions, true);
    }

    static Call draftCall() {
        return Call.draft(new CallId("call-2027"), INCUBATOR, "staff-1", villageByCa2027(), MONDAY_MORNING);
    }

    static Call openCall() {
        return ((Transition.Accepted) draftCall().open("event-1", MONDAY_MORNING)).call();
    }

    static Instant during() {
        return OPENING.plus(Duration.ofDays(3));
    }

    private CallFixture() {
    }
}
