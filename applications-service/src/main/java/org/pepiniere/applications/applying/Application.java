package org.pepiniere.applications.applying;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.calls.Programme;
import org.pepiniere.contracts.applications.ApplicationSubmitted;
import org.pepiniere.contracts.applications.ApplicationWithdrawn;

/**
 * A start-up's application to an incubator. It is drafted by its founder, then submitted once; a
 * submitted application no longer changes here (the jury reads what was submitted). Drafts announce
 * nothing: only the submission and the withdrawal are events.
 *
 * @param version     increases with every change: the optimistic lock and the HTTP ETag
 * @param withdrawnAt when its founder withdrew it, or null
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
        @Nullable Instant withdrawnAt,
        long version) {

    public static Application draft(ApplicationId id, String incubatorId, String founderId, @Nullable String callId,
            ApplicationContent content, Instant now) {
        return new Application(id, incubatorId, founderId, callId, content, ApplicationStatus.DRAFT, now, null, null, 0);
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
            return new Revision.Refused(notADraft());
        }
        if (newCallId != null && !newCallId.equals(callId)) {
            return new Revision.Refused(Refusal.CALL_CHANGED);
        }
        return new Revision.Accepted(new Application(id, incubatorId, founderId, callId, newContent, status, createdAt,
                submittedAt, withdrawnAt, version + 1));
    }

    /**
     * Submits the draft, or says why it cannot be submitted. The event carries what the later steps read
     * without coming back here: the needs, the team's affiliations (never its people) and the programme.
     *
     * @param programme the programme of the call answered, or null without a call
     */
    public Submission submit(String eventId, Instant now, @Nullable Programme programme) {
        if (status != ApplicationStatus.DRAFT) {
            return new Submission.Refused(notADraft());
        }
        var submitted = new Application(id, incubatorId, founderId, callId, content, ApplicationStatus.SUBMITTED,
                createdAt, now, null, version + 1);
        var money = content.amountSought();
        var event = new ApplicationSubmitted(eventId, id.value(), now, incubatorId, callId, founderId,
                content.startupName(), content.sector().name(), content.stage().name(),
                money == null ? null : money.cents(), money == null ? null : money.currency(), content.needs(),
                content.affiliations(), programme == null ? null : programme.kind().name(),
                programme == null ? null : programme.track());
        return new Submission.Accepted(submitted, event);
    }

    /** Withdraws the application, draft or submitted, or says why it cannot: it was withdrawn already. */
    public Withdrawal withdraw(String eventId, Instant now) {
        if (!status.isWithdrawable()) {
            return new Withdrawal.Refused(Refusal.ALREADY_WITHDRAWN);
        }
        var withdrawn = new Application(id, incubatorId, founderId, callId, content, ApplicationStatus.WITHDRAWN,
                createdAt, submittedAt, now, version + 1);
        var event = new ApplicationWithdrawn(eventId, id.value(), now, incubatorId, callId, founderId, content.startupName(),
                status == ApplicationStatus.SUBMITTED);
        return new Withdrawal.Accepted(withdrawn, event);
    }

    private Refusal notADraft() {
        return status == ApplicationStatus.WITHDRAWN ? Refusal.ALREADY_WITHDRAWN : Refusal.ALREADY_SUBMITTED;
    }
}
