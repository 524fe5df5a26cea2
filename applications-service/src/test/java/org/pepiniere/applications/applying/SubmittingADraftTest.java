package org.pepiniere.applications.applying;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepiniere.applications.applying.ApplicationFixture.MONDAY_MORNING;
import static org.pepiniere.applications.applying.ApplicationFixture.draftOfFounder;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.pepiniere.applications.calls.Programme;

class SubmittingADraftTest {

    private final Instant submittedAt = MONDAY_MORNING.plusSeconds(3600);

    @Test
    void submitsTheDraftAndAnnouncesIt() {
        var draft = draftOfFounder();

        var submission = draft.submit("event-1", submittedAt, null);

        assertThat(submission).isInstanceOf(Submission.Accepted.class);
        var accepted = (Submission.Accepted) submission;
        assertThat(accepted.application().status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(accepted.application().submittedAt()).isEqualTo(submittedAt);
        assertThat(accepted.application().version()).isEqualTo(draft.version() + 1);
        assertThat(accepted.event().eventId()).isEqualTo("event-1");
        assertThat(accepted.event().applicationId()).isEqualTo("app-1");
        assertThat(accepted.event().sector()).isEqualTo("CHEMISTRY");
        assertThat(accepted.event().amountSoughtCents()).isEqualTo(15_000_000L);
        assertThat(accepted.event().currency()).isEqualTo("EUR");
    }

    @Test
    void announcesNoPersonalDataOfTheTeam() {
        var accepted = (Submission.Accepted) draftOfFounder().submit("event-1", submittedAt, null);

        assertThat(accepted.event().toString()).doesNotContain("Camille", "camille@chlorofil.fr", "Hugo", "hugo@chlorofil.fr");
    }

    @Test
    void announcesTheNeedsTheTeamsAffiliationsOnceAndTheProgramme() {
        var accepted = (Submission.Accepted) draftOfFounder().submit("event-1", submittedAt, Programme.acceleration("Village by CA"));

        assertThat(accepted.event().needs()).containsExactly("chimie", "levée de fonds");
        assertThat(accepted.event().teamAffiliations()).containsExactly("ENSCM");
        assertThat(accepted.event().programme()).isEqualTo("ACCELERATION");
        assertThat(accepted.event().track()).isEqualTo("Village by CA");
    }

    @Test
    void announcesNoProgrammeForTheRollingIntake() {
        var accepted = (Submission.Accepted) draftOfFounder().submit("event-1", submittedAt, null);

        assertThat(accepted.event().programme()).isNull();
        assertThat(accepted.event().track()).isNull();
    }

    @Test
    void refusesToSubmitTwice() {
        var submitted = ((Submission.Accepted) draftOfFounder().submit("event-1", submittedAt, null)).application();

        var again = submitted.submit("event-2", submittedAt.plusSeconds(60), null);

        assertThat(again).isEqualTo(new Submission.Refused(Refusal.ALREADY_SUBMITTED));
    }
}
