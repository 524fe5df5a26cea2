package org.pepiniere.applications.decks;

import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.applying.ApplicationStatus;
import org.pepiniere.applications.applying.Applications;

import reactor.core.publisher.Mono;

/** A founder removes the deck of their draft; removing a deck already gone succeeds, so that a retry does. */
public class RemovingDeck {

    private final Applications applications;
    private final Decks decks;

    public RemovingDeck(Applications applications, Decks decks) {
        this.applications = applications;
        this.decks = decks;
    }

    public Mono<Removal> remove(Reader founder, ApplicationId id) {
        return applications.find(founder.incubatorId(), id)
                .filter(application -> application.isOwnedBy(founder.id()))
                .flatMap(application -> application.status() != ApplicationStatus.DRAFT
                        ? Mono.just((Removal) new Removal.Refused(DeckRefusal.ALREADY_SUBMITTED))
                        : decks.current(application.incubatorId(), id)
                                .flatMap(deck -> decks.remove(deck).then(decks.removeOlderThan(application.incubatorId(), deck)))
                                .thenReturn(new Removal.Removed()))
                .defaultIfEmpty(new Removal.Refused(DeckRefusal.APPLICATION_NOT_FOUND));
    }

    /** Removed (or there was none), or refused with the reason. */
    public sealed interface Removal {

        record Removed() implements Removal {
        }

        record Refused(DeckRefusal refusal) implements Removal {
        }
    }
}
