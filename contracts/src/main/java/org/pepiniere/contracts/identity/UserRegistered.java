package org.pepiniere.contracts.identity;

import java.time.Instant;
import java.util.Set;

import org.pepiniere.contracts.IntegrationEvent;

/**
 * A user now exists in an incubator: self-registered founder, seeded demo user or a user created by
 * staff. Services project it to know whom they write to and in which language.
 *
 * @param organisationId the partner organisation (a bank, a company) the user belongs to, or null
 * @param language       {@code fr} or {@code en}: the language of every message the user reads
 */
public record UserRegistered(
        String eventId,
        String userId,
        Instant occurredAt,
        String incubatorId,
        String email,
        String displayName,
        String language,
        Set<Role> roles,
        String organisationId) implements IntegrationEvent {
}
