package org.pepiniere.applications.decks.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.decks.Deck;

/** What a reader learns of a deck without downloading it. */
record DeckView(@Nullable String filename, long size, Instant uploadedAt, String sha256) {

    static DeckView of(Deck deck) {
        return new DeckView(deck.filename(), deck.size(), deck.uploadedAt(), deck.sha256());
    }

    /** A strong ETag: two decks with the same bytes are the same download. */
    static String etag(Deck deck) {
        return "\"" + deck.sha256() + "\"";
    }
}
