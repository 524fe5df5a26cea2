package org.pepiniere.gateway.identity.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.gateway.identity.User;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
record UserView(
        String userId,
        String email,
        String displayName,
        String language,
        List<String> roles,
        String incubatorId,
        @Nullable String organisationId) {

    static UserView of(User user) {
        return new UserView(user.id().toString(), user.email().value(), user.displayName().value(), user.language().code(),
                user.roles().stream().map(Enum::name).sorted().toList(), user.incubatorId().value(),
                user.organisationId() == null ? null : user.organisationId().value());
    }
}
