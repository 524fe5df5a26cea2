package org.pepiniere.notifications.people;

import reactor.core.publisher.Mono;

/** Told when a person enters the projection, for work that was waiting to know them. */
public interface Newcomers {

    Mono<Void> arrived(Person person);
}
