package org.pepiniere.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.pepiniere.contracts.identity.Role;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The person behind a request, as the gateway's token (or the production OIDC issuer) says.
 * A controller takes it as a method parameter; every query it makes is scoped to {@link #incubatorId()}.
 *
 * @param organisationId the partner organisation of a bank or company user, or null
 */
public record CurrentUser(
        String id,
        String incubatorId,
        Set<Role> roles,
        String organisationId,
        String email,
        String displayName,
        String language) {

    public static final String INCUBATOR_CLAIM = "incubatorId";
    public static final String ROLES_CLAIM = "roles";
    public static final String ORGANISATION_CLAIM = "org";

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static CurrentUser from(Jwt jwt) {
        return new CurrentUser(jwt.getSubject(), jwt.getClaimAsString(INCUBATOR_CLAIM), roles(jwt.getClaim(ROLES_CLAIM)),
                jwt.getClaimAsString(ORGANISATION_CLAIM), jwt.getClaimAsString("email"), jwt.getClaimAsString("name"),
                "en".equals(jwt.getClaimAsString("lang")) ? "en" : "fr");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Refuses, as a 403 problem, a user who holds none of the given roles. */
    public CurrentUser require(Role... anyOf) {
        if (Arrays.stream(anyOf).noneMatch(roles::contains)) {
            throw Problems.refused(HttpStatus.FORBIDDEN, "forbidden", "forbidden.roles", Arrays.toString(anyOf));
        }
        return this;
    }

    static Set<Role> roles(Object claim) {
        if (!(claim instanceof Collection<?> names)) {
            return Set.of();
        }
        // A role this version does not know is ignored rather than trusted.
        return names.stream()
                .map(String::valueOf)
                .flatMap(name -> Arrays.stream(Role.values()).filter(role -> role.name().equals(name)))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
