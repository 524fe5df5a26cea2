package org.pepiniere.gateway.identity.mongo;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.gateway.identity.DisplayName;
import org.pepiniere.gateway.identity.Email;
import org.pepiniere.gateway.identity.IncubatorId;
import org.pepiniere.gateway.identity.Language;
import org.pepiniere.gateway.identity.OrganisationId;
import org.pepiniere.gateway.identity.PasswordHash;
import org.pepiniere.gateway.identity.User;
import org.pepiniere.gateway.identity.UserId;
import org.pepiniere.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;

/** A user as stored, with the events still waiting in its outbox. */
public record UserDocument(
        @Id String id,
        String incubatorId,
        String email,
        String displayName,
        String language,
        List<String> roles,
        @Nullable String organisationId,
        String passwordHash,
        Instant createdAt,
        @Nullable List<OutboxMessage> outbox) {

    static UserDocument of(User user, List<OutboxMessage> outbox) {
        return new UserDocument(user.id().toString(), user.incubatorId().value(), user.email().value(),
                user.displayName().value(), user.language().code(), user.roles().stream().map(Enum::name).sorted().toList(),
                user.organisationId() == null ? null : user.organisationId().value(), user.passwordHash().value(),
                user.createdAt(), outbox);
    }

    User toDomain() {
        var roleSet = EnumSet.noneOf(Role.class);
        roles.forEach(role -> roleSet.add(Role.valueOf(role)));
        return new User(UserId.of(id), new IncubatorId(incubatorId), new Email(email), new DisplayName(displayName),
                Language.ofCode(language).orElse(Language.DEFAULT), roleSet,
                organisationId == null ? null : new OrganisationId(organisationId), new PasswordHash(passwordHash), createdAt);
    }
}
