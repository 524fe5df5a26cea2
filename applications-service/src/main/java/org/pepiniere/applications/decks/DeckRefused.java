package org.pepiniere.applications.decks;

/**
 * Ends a deck's byte stream early when the bytes break a rule. It is the one way to stop a stream that
 * is being stored; the use cases turn it back into a {@link DeckRefusal} value at once.
 */
final class DeckRefused extends RuntimeException {

    private final DeckRefusal refusal;

    DeckRefused(DeckRefusal refusal) {
        super(refusal.slug(), null, false, false);
        this.refusal = refusal;
    }

    DeckRefusal refusal() {
        return refusal;
    }
}
