package org.pepiniere.applications.calls.web;

import java.util.ArrayList;
import java.util.List;

import org.pepiniere.applications.calls.Bilingual;
import org.pepiniere.applications.calls.CallDetails;
import org.pepiniere.applications.calls.Choice;
import org.pepiniere.applications.calls.Criterion;
import org.pepiniere.applications.calls.InvalidCallDetails;
import org.pepiniere.applications.calls.Programme;
import org.pepiniere.applications.calls.Question;
import org.pepiniere.applications.calls.Violation;
import org.pepiniere.platform.web.Problems;
import org.springframework.web.ErrorResponseException;

/** Turns a request into a call's details, or into a 400 that names every field breaking a rule. */
final class CallRequests {

    static CallDetails details(CallRequest r) {
        var refused = new ArrayList<Violation>();
        var programme = Programme.checked(r.programme().kind(), r.programme().track(), refused);
        try {
            var details = new CallDetails(new Bilingual(r.title().fr(), r.title().en()),
                    new Bilingual(r.description().fr(), r.description().en()), r.opensAt(), r.closesAt(), r.reviewDeadline(),
                    r.seats(), programme, r.reviewsPerApplication(), criteria(r.criteria()), questions(r.questions()),
                    Boolean.TRUE.equals(r.blindReview()));
            if (refused.isEmpty()) {
                return details;
            }
        } catch (InvalidCallDetails invalid) {
            refused.addAll(invalid.violations());
        } catch (IllegalArgumentException unexpected) {
            // the request's own constraints keep this from happening; the domain checks again all the same
            throw Problems.invalidField("call", "calls.field.invalid");
        }
        throw refusal(refused);
    }


    private static List<Criterion> criteria(List<CallRequest.CriterionRequest> given) {
        return given == null ? List.of() : given.stream().map(c -> new Criterion(c.id(), new Bilingual(c.name().fr(),
                c.name().en()), c.weight(), c.scaleMin(), c.scaleMax())).toList();
    }

    private static List<Question> questions(List<CallRequest.QuestionRequest> given) {
        return given == null ? List.of() : given.stream().map(q -> new Question(q.id(), new Bilingual(q.label().fr(),
                q.label().en()), q.type(), Boolean.TRUE.equals(q.required()), q.maxLength(), q.options() == null ? List.of()
                        : q.options().stream().map(o -> new Choice(o.id(), new Bilingual(o.label().fr(), o.label().en())))
                                .toList())).toList();
    }

    static ErrorResponseException refusal(List<Violation> violations) {
        return Problems.fieldsRefused(violations.stream()
                .map(v -> new Problems.RefusedField(v.field(), v.reasonKey(), v.arguments())).toList());
    }

    private CallRequests() {
    }
}
