package org.pepiniere.embedded.test;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;

/**
 * Who a test token speaks for: the claims {@code sub}, {@code incubatorId}, {@code roles}, {@code org},
 * {@code email}, {@code name} and {@code lang}.
 */
public record TestUser(String userId, String incubatorId, Set<Role> roles, @Nullable String organisationId,
                       String email, String name, String lang) {

    public TestUser {
        roles = Set.copyOf(roles);
    }

    /** A user with an email derived from the id, the name "Utilisateur de test" and French. */
    public static TestUser of(String userId, String incubatorId, Role... roles) {
        return new TestUser(userId, incubatorId, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles),
                null, userId + "@pepiniere.test", "Utilisateur de test", "fr");
    }

    public TestUser withOrganisation(@Nullable String organisationId) {
        return new TestUser(userId, incubatorId, roles, organisationId, email, name, lang);
    }

    public TestUser withEmail(String email) {
        return new TestUser(userId, incubatorId, roles, organisationId, email, name, lang);
    }

    public TestUser withName(String name) {
        return new TestUser(userId, incubatorId, roles, organisationId, email, name, lang);
    }

    public TestUser withLanguage(String lang) {
        return new TestUser(userId, incubatorId, roles, organisationId, email, name, lang);
    }

    /** A token for this user, signed by the test issuer. */
    public String token() {
        return TestIdentity.token(this);
    }
}
