package org.pepiniere.applications.calls.web;

import java.time.Instant;
import java.util.List;

import org.pepiniere.applications.calls.Bilingual;
import org.pepiniere.applications.calls.Call;
import org.pepiniere.applications.calls.CallStatus;
import org.pepiniere.applications.calls.Criterion;
import org.pepiniere.applications.calls.Programme;
import org.pepiniere.applications.calls.Question;

/**
 * A call as the API shows it, in the shape staff send it back when they edit it. Instants are UTC; the portal
 * shows them in Europe/Paris.
 *
 * @param acceptingApplications whether a founder may submit to it now
 */
record CallView(
        String id,
        String incubatorId,
        CallStatus status,
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
        boolean blindReview,
        boolean acceptingApplications,
        Instant createdAt,
        Instant openedAt,
        Instant closedAt,
        long version) {

    static CallView of(Call call, Instant now) {
        var d = call.details();
        return new CallView(call.id().value(), call.incubatorId(), call.status(), d.title(), d.description(), d.opensAt(),
                d.closesAt(), d.reviewDeadline(), d.seats(), d.programme(), d.reviewsPerApplication(), d.criteria(),
                d.questions(), d.blindReview(), call.acceptsApplicationsAt(now), call.createdAt(), call.openedAt(),
                call.closedAt(), call.version());
    }

    String etag() {
        return "\"" + version + "\"";
    }
}
