package org.pepiniere.applications.calls;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.calls.CallClosed;
import org.pepiniere.contracts.calls.CallOpened;

/**
 * A call for applications of one incubator. Staff edit it while it is a draft, which only they see; opening
 * it freezes what founders answer and jurors score, so that every application of the call is read
 * against the same questions and the same grid. Closing it ends the applications, once.
 *
 * @param version increases with every change: the optimistic lock and the HTTP ETag
 */
public record Call(
        CallId id,
        String incubatorId,
        CallDetails details,
        CallStatus status,
        String createdBy,
        Instant createdAt,
        @Nullable Instant openedAt,
        @Nullable Instant closedAt,
        long version) {

    public static Call draft(CallId id, String incubatorId, String staffId, CallDetails details, Instant now) {
        return new Call(id, incubatorId, details, CallStatus.DRAFT, staffId, now, null, null, 0);
    }

    /** Founders, jurors and mentors read a call once it is opened; a draft is the staff's work in progress. */
    public boolean isPublished() {
        return status != CallStatus.DRAFT;
    }

    /** Applications are submitted to an opened call, from its opening instant until its closing one. */
    public boolean acceptsApplicationsAt(Instant now) {
        return status == CallStatus.OPEN && !now.isBefore(details.opensAt()) && now.isBefore(details.closesAt());
    }

    /** What keeps these answers from completing an application to this call: missing or mistyped answers. */
    public List<Violation> problemsWith(Map<String, String> answers) {
        return AnswerRules.violations(details.questions(), answers);
    }

    public Transition edit(CallDetails newDetails) {
        if (status != CallStatus.DRAFT) {
            return new Transition.Refused(CallRefusal.NOT_A_DRAFT);
        }
        return new Transition.Accepted(new Call(id, incubatorId, newDetails, status, createdBy, createdAt, null, null,
                version + 1), null);
    }

    public Transition open(String eventId, Instant now) {
        if (status != CallStatus.DRAFT) {
            return new Transition.Refused(CallRefusal.NOT_A_DRAFT);
        }
        if (details.criteria().isEmpty()) {
            return new Transition.Refused(CallRefusal.WITHOUT_GRID);
        }
        if (!now.isBefore(details.closesAt())) {
            return new Transition.Refused(CallRefusal.CLOSING_PASSED);
        }
        var opened = new Call(id, incubatorId, details, CallStatus.OPEN, createdBy, createdAt, now, null, version + 1);
        var programme = details.programme();
        return new Transition.Accepted(opened, new CallOpened(eventId, id.value(), now, incubatorId, details.title().fr(),
                details.title().en(), programme.kind().name(), programme.track(), details.opensAt(), details.closesAt(),
                details.reviewDeadline(), details.seats(), details.reviewsPerApplication(), details.blindReview()));
    }

    public Transition close(String eventId, Instant now) {
        if (status != CallStatus.OPEN) {
            return new Transition.Refused(CallRefusal.NOT_OPEN);
        }
        var closed = new Call(id, incubatorId, details, CallStatus.CLOSED, createdBy, createdAt, openedAt, now, version + 1);
        var programme = details.programme();
        return new Transition.Accepted(closed, new CallClosed(eventId, id.value(), now, incubatorId, details.title().fr(),
                details.title().en(), programme.kind().name(), programme.track(), details.reviewDeadline()));
    }
}
