package org.pepiniere.applications.decks;

import java.nio.ByteBuffer;
import java.util.function.Supplier;

import org.pepiniere.applications.applying.ApplicationId;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The stored pitch decks of every incubator. A deck becomes visible only once all its bytes are stored;
 * an application may briefly have several (an upload replacing another), and its current deck is the last
 * one completed.
 */
public interface Decks {

    /** The application's current deck, if any. */
    Mono<Deck> current(String incubatorId, ApplicationId applicationId);

    /**
     * Streams the bytes into the store as they come, under {@code deckId}, then records the deck {@code completed} describes,
     * asked for once the bytes ended. When the bytes end in an error, whatever part of them was stored is
     * removed before the error goes on.
     */
    Mono<Deck> store(String incubatorId, String deckId, Flux<ByteBuffer> bytes, Supplier<Deck> completed);

    Flux<ByteBuffer> content(Deck deck);

    /** Removes the application's decks completed before this one, so that only this one is left; says how many. */
    Mono<Long> removeOlderThan(String incubatorId, Deck deck);

    Mono<Void> remove(Deck deck);
}
