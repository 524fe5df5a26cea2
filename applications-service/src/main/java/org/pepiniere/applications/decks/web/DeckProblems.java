package org.pepiniere.applications.decks.web;

import org.pepiniere.applications.decks.Deck;
import org.pepiniere.applications.decks.DeckRefusal;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A refused deck as a problem; the texts are the service's, in the caller's language. */
final class DeckProblems {

    static ErrorResponseException of(DeckRefusal refusal, String applicationId) {
        return switch (refusal) {
            // the same answers as the application's own endpoints give
            case APPLICATION_NOT_FOUND -> Problems.refused(HttpStatus.NOT_FOUND, refusal.slug(), "applications.not-found", applicationId);
            case ALREADY_SUBMITTED -> Problems.refused(HttpStatus.CONFLICT, refusal.slug(), "applications.already-submitted");
            case NO_DECK -> refused(HttpStatus.NOT_FOUND, refusal);
            case TOO_LARGE -> {
                var problem = refused(HttpStatus.CONTENT_TOO_LARGE, refusal);
                problem.getBody().setProperty("maxBytes", Deck.MAX_BYTES);
                yield problem;
            }
            case NOT_A_PDF -> refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, refusal);
            case EMPTY -> refused(HttpStatus.BAD_REQUEST, refusal);
        };
    }

    private static ErrorResponseException refused(HttpStatus status, DeckRefusal refusal) {
        return Problems.refused(status, refusal.slug(), "decks." + refusal.slug());
    }

    private DeckProblems() {
    }
}
