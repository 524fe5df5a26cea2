package org.pepiniere.gateway.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pepiniere.contracts.identity.UserRegistered;

import reactor.core.publisher.Mono;

/** Users kept in a map, with the events that were stored with them. */
class InMemoryUsers implements Users {

    final Map<String, User> byEmail = new LinkedHashMap<>();
    final List<UserRegistered> events = new ArrayList<>();

    @Override
    public synchronized Mono<User> add(User user, UserRegistered event) {
        if (byEmail.containsKey(user.email().value())) {
            return Mono.empty();
        }
        byEmail.put(user.email().value(), user);
        events.add(event);
        return Mono.just(user);
    }

    @Override
    public Mono<User> withEmail(Email email) {
        return Mono.justOrEmpty(byEmail.get(email.value()));
    }

    @Override
    public Mono<Boolean> exists(Email email) {
        return Mono.just(byEmail.containsKey(email.value()));
    }
}
