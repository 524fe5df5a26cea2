package org.pepiniere.applications.applying;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepiniere.applications.applying.ApplicationFixture.MONDAY_MORNING;
import static org.pepiniere.applications.applying.ApplicationFixture.draftOfFounder;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RevisingADraftTest {

    private final ApplicationContent rewritten = new ApplicationContent("Chlorofil Bio", "Solvents from vine and olive waste.",
            Sector.ENVIRONMENT, Stage.MVP, null, Map.of(), List.of(new TeamMember("Inès Roux", "ines@chlorofil.fr", null)), List.of("chimie"));

    @Test
    void replacesTheWholeContentAndMovesToTheNextVersion() {
        var draft = draftOfFounder();

        var revision = draft.revise(null, rewritten);

        var revised = ((Revision.Accepted) revision).application();
        assertThat(revised.content()).isEqualTo(rewritten);
        assertThat(revised.version()).isEqualTo(draft.version() + 1);
        assertThat(revised.status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void keepsWhatTheFounderDoesNotWrite() {
        var draft = draftOfFounder();

        var revised = ((Revision.Accepted) draft.revise(null, rewritten)).application();

        assertThat(revised.id()).isEqualTo(draft.id());
        assertThat(revised.founderId()).isEqualTo(draft.founderId());
        assertThat(revised.incubatorId()).isEqualTo(draft.incubatorId());
        assertThat(revised.callId()).isEqualTo(draft.callId());
        assertThat(revised.createdAt()).isEqualTo(MONDAY_MORNING);
    }

    @Test
    void acceptsTheSameCallNamedAgain() {
        var draft = Application.draft(new ApplicationId("app-2"), ApplicationFixture.INCUBATOR, ApplicationFixture.FOUNDER,
                "call-2027", ApplicationFixture.greenChemistryContent(), MONDAY_MORNING);

        assertThat(draft.revise("call-2027", rewritten)).isInstanceOf(Revision.Accepted.class);
    }

    @Test
    void refusesToMoveTheDraftToAnotherCall() {
        var draft = draftOfFounder();

        assertThat(draft.revise("another-call", rewritten)).isEqualTo(new Revision.Refused(Refusal.CALL_CHANGED));
    }

    @Test
    void refusesToReviseASubmittedApplication() {
        var submitted = ((Submission.Accepted) draftOfFounder().submit("event-1", MONDAY_MORNING, null)).application();

        assertThat(submitted.revise(null, rewritten)).isEqualTo(new Revision.Refused(Refusal.ALREADY_SUBMITTED));
    }
}
