package org.pepiniere.applications.decks;

import java.nio.ByteBuffer;

import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.applying.Applications;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Someone who may read an application reads its deck: what it is, or its bytes. */
public class ReadingDeck {

    private final Applications applications;
    private final Decks decks;
    private final DeckReaders readers;

    public ReadingDeck(Applications applications, Decks decks, DeckReaders readers) {
        this.applications = applications;
        this.decks = decks;
        this.readers = readers;
    }

    /** The deck and its bytes, streamed from the store as the reader takes them. */
    public Mono<Read> open(Reader reader, ApplicationId id) {
        return applications.find(reader.incubatorId(), id)
                .filterWhen(application -> readers.mayRead(reader, application))
                .flatMap(application -> decks.current(application.incubatorId(), application.id())
                        .<Read>map(deck -> new Read.Opened(DeckReaders.seesTheFilename(reader, application) ? deck
                                : deck.withoutFilename(), decks.content(deck)))
                        .defaultIfEmpty(new Read.Refused(DeckRefusal.NO_DECK)))
                .defaultIfEmpty(new Read.Refused(DeckRefusal.APPLICATION_NOT_FOUND));
    }

    /** Opened (the bytes are read only if subscribed to), or refused with the reason. */
    public sealed interface Read {

        record Opened(Deck deck, Flux<ByteBuffer> bytes) implements Read {
        }

        record Refused(DeckRefusal refusal) implements Read {
        }
    }
}
