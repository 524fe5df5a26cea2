package org.pepiniere.applications.decks;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.applying.Application;
import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.applying.ApplicationStatus;
import org.pepiniere.applications.applying.Applications;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * A founder uploads the pitch deck of their draft, replacing the one before. The old deck is removed only
 * once the new one is stored whole, so a failed upload never loses it.
 */
public class UploadingDeck {

    private final Applications applications;
    private final Decks decks;
    private final Clock clock;
    private final Supplier<String> ids;
    private final Scheduler inspecting;

    /** @param inspecting where the bytes are counted, judged and hashed: off the event loop, on a bounded scheduler */
    public UploadingDeck(Applications applications, Decks decks, Clock clock, Supplier<String> ids, Scheduler inspecting) {
        this.applications = applications;
        this.decks = decks;
        this.clock = clock;
        this.ids = ids;
        this.inspecting = inspecting;
    }

    /**
     * @param declaredLength the Content-Length, or -1 when the body is chunked: a body declared too large is
     *                       refused before a byte is read, the others are counted as they come
     */
    public Mono<Upload> upload(Reader founder, ApplicationId id, @Nullable String filename, long declaredLength,
            Flux<ByteBuffer> bytes) {
        if (declaredLength > Deck.MAX_BYTES) {
            return Mono.just(new Upload.Refused(DeckRefusal.TOO_LARGE));
        }
        return applications.find(founder.incubatorId(), id)
                .filter(application -> application.isOwnedBy(founder.id()))
                .flatMap(application -> application.status() == ApplicationStatus.DRAFT
                        ? store(application, DeckName.cleaned(filename), bytes)
                        : Mono.just(new Upload.Refused(DeckRefusal.ALREADY_SUBMITTED)))
                .defaultIfEmpty(new Upload.Refused(DeckRefusal.APPLICATION_NOT_FOUND));
    }

    private Mono<Upload> store(Application application, @Nullable String filename, Flux<ByteBuffer> bytes) {
        var inspection = new DeckInspection(Deck.MAX_BYTES);
        String deckId = ids.get();
        // a small prefetch: the bytes wait in the socket rather than in memory when the store is slower
        var checked = inspection.inspect(bytes.publishOn(inspecting, 2));
        return decks.store(application.incubatorId(), deckId, checked,
                        () -> new Deck(deckId, application.id(), filename, inspection.size(), inspection.sha256(), clock.instant()))
                .flatMap(deck -> keepIfStillDraft(application, deck))
                .onErrorResume(DeckRefused.class, refused -> Mono.just(new Upload.Refused(refused.refusal())));
    }

    /** A founder who submitted while the deck was on its way submitted without it: the new deck goes. */
    private Mono<Upload> keepIfStillDraft(Application application, Deck deck) {
        return applications.find(application.incubatorId(), application.id())
                .filter(now -> now.status() == ApplicationStatus.DRAFT)
                .flatMap(draft -> decks.removeOlderThan(application.incubatorId(), deck))
                .map(replaced -> (Upload) new Upload.Stored(deck, replaced > 0))
                .switchIfEmpty(Mono.defer(() -> decks.remove(deck).thenReturn(new Upload.Refused(DeckRefusal.ALREADY_SUBMITTED))));
    }

    /** Stored, or refused with the reason. */
    public sealed interface Upload {

        /** @param replaced whether it replaced a deck uploaded before */
        record Stored(Deck deck, boolean replaced) implements Upload {
        }

        record Refused(DeckRefusal refusal) implements Upload {
        }
    }
}
