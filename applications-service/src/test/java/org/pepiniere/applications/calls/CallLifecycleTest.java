package org.pepiniere.applications.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepiniere.applications.calls.CallFixture.CLOSING;
import static org.pepiniere.applications.calls.CallFixture.MONDAY_MORNING;
import static org.pepiniere.applications.calls.CallFixture.OPENING;
import static org.pepiniere.applications.calls.CallFixture.draftCall;
import static org.pepiniere.applications.calls.CallFixture.during;
import static org.pepiniere.applications.calls.CallFixture.openCall;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.calls.CallClosed;
import org.pepiniere.contracts.calls.CallOpened;

class CallLifecycleTest {

    @Test
    void editsADraftAndMovesToTheNextVersion() {
        var draft = draftCall();
        var rewritten = CallFixture.details(List.of(CallFixture.innovation()), List.of());

        var edited = ((Transition.Accepted) draft.edit(rewritten)).call();

        assertThat(edited.details()).isEqualTo(rewritten);
        assertThat(edited.version()).isEqualTo(draft.version() + 1);
        assertThat(edited.status()).isEqualTo(CallStatus.DRAFT);
    }

    @Test
    void opensADraftAndAnnouncesItWithoutPersonalData() {
        var opening = (Transition.Accepted) draftCall().open("event-1", MONDAY_MORNING);

        assertThat(opening.call().status()).isEqualTo(CallStatus.OPEN);
        assertThat(opening.call().openedAt()).isEqualTo(MONDAY_MORNING);
        var event = (CallOpened) opening.event();
        assertThat(event.callId()).isEqualTo("call-2027");
        assertThat(event.titleEn()).isEqualTo("Acceleration 2027");
        assertThat(event.programme()).isEqualTo("ACCELERATION");
        assertThat(event.track()).isEqualTo("Village by CA");
        assertThat(event.closesAt()).isEqualTo(CLOSING);
        assertThat(event.seats()).isEqualTo(8);
        assertThat(event.toString()).doesNotContain("staff-1");
    }

    @Test
    void refusesToEditAnOpenCall() {
        assertThat(openCall().edit(CallFixture.villageByCa2027())).isEqualTo(new Transition.Refused(CallRefusal.NOT_A_DRAFT));
    }

    @Test
    void refusesToOpenACallTwice() {
        assertThat(openCall().open("event-2", MONDAY_MORNING)).isEqualTo(new Transition.Refused(CallRefusal.NOT_A_DRAFT));
    }

    @Test
    void refusesToOpenACallWithoutAGrid() {
        var withoutGrid = Call.draft(new CallId("c-2"), CallFixture.INCUBATOR, "staff-1", CallFixture.details(List.of(), List.of()),
                MONDAY_MORNING);

        assertThat(withoutGrid.open("event-1", MONDAY_MORNING)).isEqualTo(new Transition.Refused(CallRefusal.WITHOUT_GRID));
    }

    @Test
    void refusesToOpenACallWhoseClosingHasPassed() {
        assertThat(draftCall().open("event-1", CLOSING)).isEqualTo(new Transition.Refused(CallRefusal.CLOSING_PASSED));
    }

    @Test
    void closesAnOpenCallAndAnnouncesIt() {
        var closing = (Transition.Accepted) openCall().close("event-2", during());

        assertThat(closing.call().status()).isEqualTo(CallStatus.CLOSED);
        assertThat(closing.call().closedAt()).isEqualTo(during());
        assertThat(((CallClosed) closing.event()).occurredAt()).isEqualTo(during());
    }

    @Test
    void refusesToCloseADraft() {
        assertThat(draftCall().close("event-1", during())).isEqualTo(new Transition.Refused(CallRefusal.NOT_OPEN));
    }

    @Test
    void refusesToCloseACallTwice() {
        var closed = ((Transition.Accepted) openCall().close("event-2", during())).call();

        assertThat(closed.close("event-3", during())).isEqualTo(new Transition.Refused(CallRefusal.NOT_OPEN));
    }

    @Test
    void acceptsApplicationsOnlyWhileOpenBetweenItsInstants() {
        var open = openCall();

        assertThat(draftCall().acceptsApplicationsAt(during())).isFalse();
        assertThat(open.acceptsApplicationsAt(OPENING.minusSeconds(1))).isFalse();
        assertThat(open.acceptsApplicationsAt(during())).isTrue();
        assertThat(open.acceptsApplicationsAt(CLOSING)).isFalse();
    }

    @Test
    void showsADraftToNobodyButStaff() {
        assertThat(draftCall().isPublished()).isFalse();
        assertThat(openCall().isPublished()).isTrue();
    }
}
