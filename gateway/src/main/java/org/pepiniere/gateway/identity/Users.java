package org.pepiniere.gateway.identity;

import org.pepiniere.contracts.identity.UserRegistered;

import reactor.core.publisher.Mono;

/** Every user of every incubator; an email address belongs to one user only. */
public interface Users {

    /**
     * Stores a new user together with the event that announces it, in one write, then has the
     * event published; empty when a user with the same email address already exists.
     */
    Mono<User> add(User user, UserRegistered event);

    Mono<User> withEmail(Email email);

    Mono<Boolean> exists(Email email);
}
