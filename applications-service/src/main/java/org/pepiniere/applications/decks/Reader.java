package org.pepiniere.applications.decks;

import java.util.Set;

import org.pepiniere.contracts.identity.Role;

/** The person asking for a deck, as the request's token says. */
public record Reader(String id, String incubatorId, Set<Role> roles) {

    public Reader {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
