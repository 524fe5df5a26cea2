package org.pepiniere.gateway.identity;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;

/** The incubator and the people a fresh installation starts with, so that anyone can try every role. */
public final class DemoTenant {

    public static final Incubator INCUBATOR =
            new Incubator(new IncubatorId("imt-mines-ales-enscm"), "Incubateur IMT Mines Alès – ENSCM");

    /** The demo incubator's partner bank, registered before its bank user, who belongs to it. */
    public static final PartnerBankForm BANK = new PartnerBankForm("credit-agricole-demo", "Crédit Agricole (démo)",
            "Banque partenaire de démonstration : elle reçoit les webhooks du parcours bancaire.",
            "Demo partner bank: it receives the webhooks of the bank journey.");

    /** Shared by every demo account; a real deployment turns the demo off. */
    public static final String PASSWORD = "demo-pepiniere";

    public static final List<Enrolment.Form> USERS = List.of(
            user("staff@pepiniere.demo", "Sophie Durand", Role.STAFF, null),
            user("jury@pepiniere.demo", "Julien Moreau", Role.JUROR, null),
            user("mentor@pepiniere.demo", "Claire Bernard", Role.MENTOR, null),
            user("founder@pepiniere.demo", "Thomas Petit", Role.FOUNDER, null),
            user("banque@pepiniere.demo", "Nadia Leroy", Role.BANK, BANK.id()));

    private static Enrolment.Form user(String email, String name, Role role, @Nullable String organisationId) {
        return new Enrolment.Form(email, PASSWORD, name, Language.FR.code(), Set.of(role), organisationId,
                INCUBATOR.id().value());
    }

    private DemoTenant() {
    }
}
