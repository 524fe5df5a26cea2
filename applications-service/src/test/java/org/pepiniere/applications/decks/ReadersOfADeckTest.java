package org.pepiniere.applications.decks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pepiniere.applications.applying.Application;
import org.pepiniere.applications.applying.ApplicationContent;
import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.applying.Sector;
import org.pepiniere.applications.applying.Stage;
import org.pepiniere.contracts.identity.Role;

import reactor.core.publisher.Mono;

class ReadersOfADeckTest {

    static final String INCUBATOR = "imt-mines-ales-enscm";
    final Application application = Application.draft(new ApplicationId("app-1"), INCUBATOR, "founder-1", null,
            new ApplicationContent("Chlorofil", "Solvents.", Sector.CHEMISTRY, Stage.IDEA, null, null, null, null),
            Instant.parse("2026-11-23T08:00:00Z"));
    final DeckReaders today = new DeckReaders((incubator, id, juror) -> Mono.just(false));

    @Test
    void letsItsFounderAndTheStaffOfItsIncubatorRead() {
        assertThat(today.mayRead(new Reader("founder-1", INCUBATOR, Set.of(Role.FOUNDER)), application).block()).isTrue();
        assertThat(today.mayRead(new Reader("staff-1", INCUBATOR, Set.of(Role.STAFF)), application).block()).isTrue();
    }

    @Test
    void letsNoOtherFounderNorAnotherIncubatorRead() {
        assertThat(today.mayRead(new Reader("founder-2", INCUBATOR, Set.of(Role.FOUNDER)), application).block()).isFalse();
        assertThat(today.mayRead(new Reader("staff-1", "another-incubator", Set.of(Role.STAFF)), application).block()).isFalse();
    }

    @Test
    void letsNoJurorReadWhoIsNotAssignedTheApplication() {
        assertThat(today.mayRead(new Reader("juror-1", INCUBATOR, Set.of(Role.JUROR)), application).block()).isFalse();
    }

    @Test
    void letsAJurorAssignedToTheApplicationRead() {
        JurorAssignments assignments = (incubator, id, juror) -> Mono.just(id.equals(application.id()) && juror.equals("juror-1"));
        var readers = new DeckReaders(assignments);

        assertThat(readers.mayRead(new Reader("juror-1", INCUBATOR, Set.of(Role.JUROR)), application).block()).isTrue();
        assertThat(readers.mayRead(new Reader("juror-2", INCUBATOR, Set.of(Role.JUROR)), application).block()).isFalse();
    }

    @Test
    void letsNoMentorNorBankRead() {
        assertThat(today.mayRead(new Reader("mentor-1", INCUBATOR, Set.of(Role.MENTOR, Role.BANK)), application).block()).isFalse();
        assertThat(DeckReaders.mayEverRead(new Reader("mentor-1", INCUBATOR, Set.of(Role.MENTOR, Role.BANK)))).isFalse();
    }

    @Test
    void showsTheFilenameToItsFounderAndToStaffButNeverToAJuror() {
        var juror = new Reader("juror-1", INCUBATOR, Set.of(Role.JUROR));
        var anotherFounder = new Reader("founder-2", INCUBATOR, Set.of(Role.FOUNDER, Role.JUROR));

        assertThat(DeckReaders.seesTheFilename(new Reader("founder-1", INCUBATOR, Set.of(Role.FOUNDER)), application)).isTrue();
        assertThat(DeckReaders.seesTheFilename(new Reader("staff-1", INCUBATOR, Set.of(Role.STAFF)), application)).isTrue();
        assertThat(DeckReaders.seesTheFilename(juror, application)).isFalse();
        assertThat(DeckReaders.seesTheFilename(anotherFounder, application)).isFalse();
    }
}
