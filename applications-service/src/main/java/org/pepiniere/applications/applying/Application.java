package org.pepiniere.applications.applying;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.applications.ApplicationSubmitted;

/**
 * A start-up's application to an incubator. It is drafted by its founder, then submitted once; a
 * submitted application no longer changes here (the jury reads what was submitted). Drafts announce
 * nothing: only the submission is an event.
 *
 * @param version increases with every change: the optimistic lock and the HTTP ETag
 */
public record Application(
        ApplicationId id,
        String incubatorId,
        String founderId,
        @Nullable String callId,
        ApplicationContent content,
        ApplicationStatus status,
        Instant createdAt,
        @Nullable Instant submittedAt,
        long version) {

    public static Application draft(ApplicationId id, String incubatorId, String founderId, @Nullable String callId,
            ApplicationContent content, Instant now) {
        return new Application(id, incubatorId, founderId, callId, content, ApplicationStatus.DRAFT, now, null, 0);
    }

    public boolean isOwnedBy(String userId) {
        return founderId.equals(userId);
    }

    /**
     * Replaces the whole content of the draft, or says why it cannot. The call stays the one the draft was
     * started for: a founder who names another call is refused rather than silently moved.
     */
    public Revision revise(@Nullable String newCallId, ApplicationContent newContent) {
        if (status != ApplicationStatus.DRAFT) {
            return new Revision.Refused(Refusal.ALREADY_SUBMITTED);
        }
        if (newCallId != null && !newCallId.equals(callId)) {
            return new Revision.Refused(Refusal.CALL_CHANGED);
        }
        return new Revision.Accepted(new Application(id, incubatorId, founderId, callId, newContent, status, createdAt,
                submittedAt, version + 1));
    }

    /** Submits the draft, or says why it cannot be submitted. */
    public Submission submit(String eventId, Instant now) {
        if (status != ApplicationStatus.DRAFT) {
            return new Submission.Refused(Refusal.ALREADY_SUBMITTED);
        }
        var submitted = new Application(id, incubatorId, founderId, callId, content, ApplicationStatus.SUBMITTED,
                createdAt, now, version + 1);
        var money = content.amountSought();
        var event = new ApplicationSubmitted(eventId, id.value(), now, incubatorId, callId, founderId,
                content.startupName(), content.sector().name(), content.stage().name(),
                money == null ? null : money.cents(), money == null ? null : money.currency());
        return new Submission.Accepted(submitted, event);
    }
}
