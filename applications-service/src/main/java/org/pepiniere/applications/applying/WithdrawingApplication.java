package org.pepiniere.applications.applying;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

/**
 * A founder withdraws their application, a draft or a submitted one, before its decision or after it (an
 * admitted start-up gives up its seat, which staff may then give to the first one waiting): it leaves the
 * pipeline and the incubator hears of it. Only the founder who wrote it may; to anyone else it does not exist.
 */
public class WithdrawingApplication {

    private final Applications applications;
    private final Clock clock;
    private final Supplier<UUID> eventIds;

    public WithdrawingApplication(Applications applications, Clock clock, Supplier<UUID> eventIds) {
        this.applications = applications;
        this.clock = clock;
        this.eventIds = eventIds;
    }

    /**
     * @param expectedVersion the version the founder last read (HTTP If-Match), or null for the current one
     */
    public Mono<Result> withdraw(String incubatorId, String founderId, ApplicationId id, @Nullable Long expectedVersion) {
        return applications.find(incubatorId, id)
                .filter(application -> application.isOwnedBy(founderId))
                .flatMap(application -> withdraw(application, expectedVersion))
                .defaultIfEmpty(new Result.Refused(Refusal.NOT_FOUND));
    }

    private Mono<Result> withdraw(Application application, @Nullable Long expectedVersion) {
        var withdrawal = application.withdraw(eventIds.get().toString(), clock.instant());
        if (withdrawal instanceof Withdrawal.Refused refused) {
            return Mono.just(new Result.Refused(refused.refusal()));
        }
        if (expectedVersion != null && expectedVersion != application.version()) {
            return Mono.just(new Result.Refused(Refusal.CHANGED_MEANWHILE));
        }
        var accepted = (Withdrawal.Accepted) withdrawal;
        // the write checks the version read: a submission or a withdrawal in between makes it a conflict, never a second event
        return applications.saveWithdrawn(accepted.application(), application.version(), accepted.event())
                .<Result>map(Result.Withdrawn::new)
                .defaultIfEmpty(new Result.Refused(Refusal.CHANGED_MEANWHILE));
    }

    /** Withdrawn, or refused with the reason. */
    public sealed interface Result {

        record Withdrawn(Application application) implements Result {
        }

        record Refused(Refusal refusal) implements Result {
        }
    }
}
