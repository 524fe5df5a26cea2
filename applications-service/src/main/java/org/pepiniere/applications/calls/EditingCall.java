package org.pepiniere.applications.calls;

import reactor.core.publisher.Mono;

/**
 * Staff rewrite a draft call. Two of them may edit the same call: an edit names the version it was made
 * from, and the store takes it only if the call is still at that version.
 */
public class EditingCall {

    private final Calls calls;

    public EditingCall(Calls calls) {
        this.calls = calls;
    }

    public record EditCall(String incubatorId, CallId id, long expectedVersion, CallDetails details) {
    }

    public Mono<CallOutcome> edit(EditCall command) {
        return calls.find(command.incubatorId(), command.id())
                .flatMap(call -> edit(call, command))
                .defaultIfEmpty(new CallOutcome.Refused(CallRefusal.NOT_FOUND));
    }

    private Mono<CallOutcome> edit(Call call, EditCall command) {
        var transition = call.edit(command.details());
        if (transition instanceof Transition.Refused refused) {
            return Mono.just(new CallOutcome.Refused(refused.refusal()));
        }
        if (command.expectedVersion() != call.version()) {
            return Mono.just(new CallOutcome.Refused(CallRefusal.CHANGED_MEANWHILE));
        }
        // the read above tells a missing call from a stale one; the write checks the version again
        return calls.saveEdited(((Transition.Accepted) transition).call(), command.expectedVersion())
                .<CallOutcome>map(CallOutcome.Changed::new)
                .defaultIfEmpty(new CallOutcome.Refused(CallRefusal.CHANGED_MEANWHILE));
    }
}
