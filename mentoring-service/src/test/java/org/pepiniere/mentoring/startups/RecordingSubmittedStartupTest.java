package org.pepiniere.mentoring.startups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepiniere.embedded.test.SubmittedApplications.DEMO_INCUBATOR;
import static org.pepiniere.embedded.test.SubmittedApplications.MONDAY_MORNING;
import static org.pepiniere.embedded.test.SubmittedApplications.chlorofil;
import static org.pepiniere.embedded.test.SubmittedApplications.seeking;
import static org.pepiniere.embedded.test.SubmittedApplications.withoutMoneySought;

import org.junit.jupiter.api.Test;

import reactor.test.StepVerifier;

class RecordingSubmittedStartupTest {

    private final InMemoryStartups startups = new InMemoryStartups();
    private final RecordingSubmittedStartup recording = new RecordingSubmittedStartup(startups);

    @Test
    void recordsTheStartupBehindASubmittedApplication() {
        var submitted = chlorofil(DEMO_INCUBATOR);

        StepVerifier.create(recording.record(DEMO_INCUBATOR, submitted)).verifyComplete();

        assertThat(startups.all()).containsExactly(new Startup(new ApplicationId("app-1"), DEMO_INCUBATOR, "Chlorofil",
                "CHEMISTRY", "PROTOTYPE", 15_000_000L, "EUR", MONDAY_MORNING));
    }

    @Test
    void recordsAStartupThatSeeksNoMoney() {
        var submitted = withoutMoneySought(DEMO_INCUBATOR);

        StepVerifier.create(recording.record(DEMO_INCUBATOR, submitted)).verifyComplete();

        assertThat(startups.all()).singleElement().satisfies(startup -> assertThat(startup.amountSoughtCents()).isNull());
    }

    @Test
    void refusesAnEventWhoseDataNamesAnotherIncubatorThanItsEnvelope() {
        var submitted = chlorofil("another-incubator");

        StepVerifier.create(recording.record(DEMO_INCUBATOR, submitted)).verifyError(IllegalArgumentException.class);

        assertThat(startups.all()).isEmpty();
    }

    @Test
    void refusesAnEventPublishedForNoIncubator() {
        var submitted = chlorofil(DEMO_INCUBATOR);

        StepVerifier.create(recording.record(null, submitted)).verifyError(IllegalArgumentException.class);

        assertThat(startups.all()).isEmpty();
    }

    @Test
    void refusesAnEventThatBreaksTheContract() {
        var submitted = seeking(chlorofil(DEMO_INCUBATOR), -5L);

        StepVerifier.create(recording.record(DEMO_INCUBATOR, submitted)).verifyError(IllegalArgumentException.class);

        assertThat(startups.all()).isEmpty();
    }
}
