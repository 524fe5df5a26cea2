package org.pepiniere.applications.applying;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepiniere.applications.applying.ApplicationFixture.MONDAY_MORNING;
import static org.pepiniere.applications.applying.ApplicationFixture.draftOfFounder;
import static org.pepiniere.applications.applying.ApplicationFixture.greenChemistryContent;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class WithdrawingAnApplicationTest {

    private final Instant tuesday = MONDAY_MORNING.plusSeconds(86_400);

    @Test
    void withdrawsADraftAndSaysNobodyHadHeardOfIt() {
        var draft = draftOfFounder();

        var withdrawal = (Withdrawal.Accepted) draft.withdraw("event-1", tuesday);

        assertThat(withdrawal.application().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(withdrawal.application().withdrawnAt()).isEqualTo(tuesday);
        assertThat(withdrawal.application().version()).isEqualTo(draft.version() + 1);
        assertThat(withdrawal.event().wasSubmitted()).isFalse();
        assertThat(withdrawal.event().applicationId()).isEqualTo("app-1");
    }

    @Test
    void withdrawsASubmittedApplicationAndKeepsWhenItWasSubmitted() {
        var submitted = submittedOnMonday();

        var withdrawal = (Withdrawal.Accepted) submitted.withdraw("event-2", tuesday);

        assertThat(withdrawal.application().submittedAt()).isEqualTo(MONDAY_MORNING);
        assertThat(withdrawal.event().wasSubmitted()).isTrue();
        assertThat(withdrawal.event().startupName()).isEqualTo("Chlorofil");
    }

    @Test
    void announcesNoPersonalDataOfTheTeam() {
        var withdrawal = (Withdrawal.Accepted) submittedOnMonday().withdraw("event-2", tuesday);

        assertThat(withdrawal.event().toString()).doesNotContain("Camille", "camille@chlorofil.fr", "ENSCM");
    }

    @Test
    void refusesToWithdrawTwice() {
        var withdrawn = ((Withdrawal.Accepted) draftOfFounder().withdraw("event-1", tuesday)).application();

        assertThat(withdrawn.withdraw("event-2", tuesday)).isEqualTo(new Withdrawal.Refused(Refusal.ALREADY_WITHDRAWN));
    }

    @Test
    void refusesToReviseOrSubmitAWithdrawnDraft() {
        var withdrawn = ((Withdrawal.Accepted) draftOfFounder().withdraw("event-1", tuesday)).application();

        assertThat(withdrawn.revise(null, greenChemistryContent())).isEqualTo(new Revision.Refused(Refusal.ALREADY_WITHDRAWN));
        assertThat(withdrawn.submit("event-2", tuesday, null)).isEqualTo(new Submission.Refused(Refusal.ALREADY_WITHDRAWN));
    }

    private static Application submittedOnMonday() {
        return ((Submission.Accepted) draftOfFounder().submit("event-0", MONDAY_MORNING, null)).application();
    }
}
