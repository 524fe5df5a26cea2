package org.pepiniere.applications.calls;

/** What a use case on a call answers: the call as it now is, or the reason it refused. */
public sealed interface CallOutcome {

    record Changed(Call call) implements CallOutcome {
    }

    record Refused(CallRefusal refusal) implements CallOutcome {
    }
}
