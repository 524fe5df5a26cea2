package org.pepiniere.applications.applying;

import java.time.Clock;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

/** A founder starts an application: a draft only they and the incubator's staff can read. */
public class DraftingApplication {

    private final Applications applications;
    private final Clock clock;
    private final Supplier<ApplicationId> ids;

    public DraftingApplication(Applications applications, Clock clock, Supplier<ApplicationId> ids) {
        this.applications = applications;
        this.clock = clock;
        this.ids = ids;
    }

    public Mono<Application> draft(String incubatorId, String founderId, @Nullable String callId, ApplicationContent content) {
        return applications.add(Application.draft(ids.get(), incubatorId, founderId, callId, content, clock.instant()));
    }
}
