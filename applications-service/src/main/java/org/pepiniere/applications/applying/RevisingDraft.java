package org.pepiniere.applications.applying;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

/**
 * A founder rewrites their draft, as the portal saves it while they type. Two tabs, or two devices, may
 * hold the same draft: a revision names the version it was made from, and the store takes it only if the
 * draft is still at that version, so that an older tab never overwrites a newer text unseen.
 */
public class RevisingDraft {

    private final Applications applications;

    public RevisingDraft(Applications applications) {
        this.applications = applications;
    }

    /** The whole new content of a draft, made from the version the founder last read (the HTTP If-Match). */
    public record ReviseDraft(String incubatorId, String founderId, ApplicationId id, long expectedVersion,
            @Nullable String callId, ApplicationContent content) {
    }

    public Mono<Result> revise(ReviseDraft command) {
        return applications.find(command.incubatorId(), command.id())
                .filter(application -> application.isOwnedBy(command.founderId()))
                .flatMap(application -> revise(application, command))
                .defaultIfEmpty(new Result.Refused(Refusal.NOT_FOUND));
    }

    private Mono<Result> revise(Application application, ReviseDraft command) {
        var revision = application.revise(command.callId(), command.content());
        if (revision instanceof Revision.Refused refused) {
            return Mono.just(new Result.Refused(refused.refusal()));
        }
        if (command.expectedVersion() != application.version()) {
            return Mono.just(new Result.Refused(Refusal.CHANGED_MEANWHILE));
        }
        // the read above only tells a missing draft from a stale one: the write itself checks the version again
        return applications.saveRevised(((Revision.Accepted) revision).application(), command.expectedVersion())
                .<Result>map(Result.Revised::new)
                .defaultIfEmpty(new Result.Refused(Refusal.CHANGED_MEANWHILE));
    }

    /** Revised, or refused with the reason. */
    public sealed interface Result {

        record Revised(Application application) implements Result {
        }

        record Refused(Refusal refusal) implements Result {
        }
    }
}
