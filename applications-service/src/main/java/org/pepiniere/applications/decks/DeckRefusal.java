package org.pepiniere.applications.decks;

/**
 * Why a deck was refused; the slug is the problem type a client can rely on, and {@code decks.<slug>}
 * the key of its explanation in the service's problem texts.
 */
public enum DeckRefusal {
    /** No application of this id that the person may see (or change, for an upload). */
    APPLICATION_NOT_FOUND("not-found"),
    /** The application was submitted: its deck is the one the jury reads and no longer changes. */
    ALREADY_SUBMITTED("already-submitted"),
    NO_DECK("no-deck"),
    TOO_LARGE("deck-too-large"),
    NOT_A_PDF("not-a-pdf"),
    EMPTY("empty-deck");

    private final String slug;

    DeckRefusal(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
