package org.pepiniere.notifications.people;

import reactor.core.publisher.Mono;

/** The projection of people, one per user id. */
public interface People {

    /** Inserts or replaces the person: replaying the same event changes nothing. */
    Mono<Void> save(Person person);

    /** The person of that incubator, or empty when no identity event has told us about them yet. */
    Mono<Person> find(String incubatorId, String personId);
}
