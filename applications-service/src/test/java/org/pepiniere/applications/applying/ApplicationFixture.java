package org.pepiniere.applications.applying;

import java.time.Instant;
import java.util.List;
import java.util.Map;

final class ApplicationFixture {

    static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T08:00:00Z");
    static final String INCUBATOR = "imt-mines-ales-enscm";
    static final String FOUNDER = "founder-1";

    static ApplicationContent greenChemistryContent() {
        return new ApplicationContent("Chlorofil", "Bio-sourced solvents from vine waste.", Sector.CHEMISTRY, Stage.PROTOTYPE,
                new Money(15_000_000, "EUR"), Map.of("market", "Cosmetics manufacturers in Occitanie"),
                List.of(new TeamMember("Camille Martin", "camille@chlorofil.fr", "ENSCM"),
                        new TeamMember("Hugo Blanc", "hugo@chlorofil.fr", "ENSCM")),
                List.of("chimie", "levée de fonds"));
    }

    static Application draftOfFounder() {
        return Application.draft(new ApplicationId("app-1"), INCUBATOR, FOUNDER, null, greenChemistryContent(), MONDAY_MORNING);
    }

    private ApplicationFixture() {
    }
}
