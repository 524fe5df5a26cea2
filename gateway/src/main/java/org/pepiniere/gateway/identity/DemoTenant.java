package org.pepiniere.gateway.identity;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;

/** The incubator and the people a fresh installation starts with, so that anyone can try every role. */
public final class DemoTenant {

    public static final Incubator INCUBATOR =
            new Incubator(new IncubatorId("imt-mines-ales-enscm"), "Incubateur IMT Mines Alès – ENSCM");

    /** Shared by every demo account; a real deployment turns the demo off. */
    public static final String PASSWORD = "demo-pepiniere";

    public static final List<Enrolment.Form> USERS = List.of(
            user("staff@pepiniere.demo", "Sophie Durand", Role.STAFF, null),
            user("jury@pepiniere.demo", "Julien Moreau", Role.JUROR, null),
            user("mentor@pepiniere.demo", "Claire Bernard", Role.MENTOR, null),
            user("founder@pepiniere.demo", "Thomas Petit", Role.FOUNDER, null),
            user("banque@pepiniere.demo", "Nadia Leroy", Role.BANK, "credit-agricole-demo"));

    private static Enrolment.Form user(String email, String name, Role role, @Nullable String organisationId) {
        return new Enrolment.Form(email, PASSWORD, name, Language.FR.code(), Set.of(role), organisationId,
                INCUBATOR.id().value());
    }

    private DemoTenant() {
    }
}
