package org.pepiniere.notifications.people;

import java.util.List;

import org.pepiniere.contracts.identity.UserRegistered;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps the people projection from identity events, then wakes what was waiting for them. */
public final class ProjectingPeople {

    private final People people;
    private final List<Newcomers> newcomers;

    public ProjectingPeople(People people, List<Newcomers> newcomers) {
        this.people = people;
        this.newcomers = List.copyOf(newcomers);
    }

    public Mono<Void> registered(UserRegistered event) {
        return Mono.fromSupplier(() -> Person.registered(event))
                .flatMap(person -> people.save(person)
                        .then(Flux.fromIterable(newcomers).concatMap(listener -> listener.arrived(person)).then()));
    }
}
