package org.pepiniere.gateway.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.contracts.identity.UserRegistered;

/** A person who can log in to one incubator, with the roles they hold there. */
public record User(
        UserId id,
        IncubatorId incubatorId,
        Email email,
        DisplayName displayName,
        Language language,
        Set<Role> roles,
        @Nullable OrganisationId organisationId,
        PasswordHash passwordHash,
        Instant createdAt) {

    public User {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user holds at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        if (roles.contains(Role.BANK) && organisationId == null) {
            throw new IllegalArgumentException("a bank user belongs to an organisation");
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The integration event that tells the other services this user now exists. */
    public UserRegistered registered(UUID eventId) {
        return new UserRegistered(eventId.toString(), id.toString(), createdAt, incubatorId.value(), email.value(),
                displayName.value(), language.code(), EnumSet.copyOf(roles),
                organisationId == null ? null : organisationId.value());
    }
}
