package org.pepiniere.applications.decks;

import org.pepiniere.applications.applying.Application;
import org.pepiniere.contracts.identity.Role;

import reactor.core.publisher.Mono;

/**
 * Who may download an application's deck: its founder, the staff of its incubator and the jurors
 * assigned to it; nobody else, and never anyone of another incubator (the application is only looked up
 * within the reader's incubator). Every read of a deck asks here, so that a new kind of reader is one
 * line in this class.
 */
public class DeckReaders {

    private final JurorAssignments assignments;

    public DeckReaders(JurorAssignments assignments) {
        this.assignments = assignments;
    }

    /** Whether this role can ever read a deck; the others are refused before anything is looked up. */
    public static boolean mayEverRead(Reader reader) {
        return reader.has(Role.FOUNDER) || reader.has(Role.STAFF) || reader.has(Role.JUROR);
    }

    /**
     * Whether the reader learns the name the founder's file had: founders name decks after themselves or their
     * people, which a blind review must not show; a juror reads every deck under a neutral name, blind or not.
     */
    public static boolean seesTheFilename(Reader reader, Application application) {
        return reader.has(Role.STAFF) || (reader.has(Role.FOUNDER) && application.isOwnedBy(reader.id()));
    }

    public Mono<Boolean> mayRead(Reader reader, Application application) {
        if (!application.incubatorId().equals(reader.incubatorId())) {
            return Mono.just(false);
        }
        if (reader.has(Role.STAFF) || (reader.has(Role.FOUNDER) && application.isOwnedBy(reader.id()))) {
            return Mono.just(true);
        }
        if (reader.has(Role.JUROR)) {
            return assignments.isAssigned(application.incubatorId(), application.id(), reader.id());
        }
        return Mono.just(false);
    }
}
