package org.pepiniere.applications.calls;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.IntegrationEvent;

/** What came of asking a call to change: its next state and the event it announces, or the reason it refused. */
public sealed interface Transition {

    record Accepted(Call call, @Nullable IntegrationEvent event) implements Transition {
    }

    record Refused(CallRefusal refusal) implements Transition {
    }
}
