package org.pepiniere.notifications.people;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

public final class InMemoryPeople implements People {

    private final Map<String, Person> people = new ConcurrentHashMap<>();

    @Override
    public Mono<Void> save(Person person) {
        return Mono.fromRunnable(() -> people.put(person.id(), person));
    }

    @Override
    public Mono<Person> find(String incubatorId, String personId) {
        return Mono.justOrEmpty(people.get(personId)).filter(person -> person.incubatorId().equals(incubatorId));
    }
}
