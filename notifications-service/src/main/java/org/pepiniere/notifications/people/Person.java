package org.pepiniere.notifications.people;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.contracts.identity.UserRegistered;

/** Someone this service may write to, as the identity events last described them. */
public record Person(
        String id,
        String incubatorId,
        String email,
        String displayName,
        Language language,
        Set<Role> roles,
        @Nullable String organisationId,
        Instant registeredAt) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incubatorId, "incubatorId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
    }

    public static Person registered(UserRegistered event) {
        return new Person(event.userId(), event.incubatorId(), event.email(), event.displayName(),
                Language.of(event.language()), event.roles() == null ? Set.of() : event.roles(),
                event.organisationId(), event.occurredAt());
    }
}
