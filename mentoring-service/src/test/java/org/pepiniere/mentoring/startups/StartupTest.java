package org.pepiniere.mentoring.startups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pepiniere.embedded.test.SubmittedApplications.DEMO_INCUBATOR;
import static org.pepiniere.embedded.test.SubmittedApplications.MONDAY_MORNING;

import org.junit.jupiter.api.Test;

class StartupTest {

    @Test
    void knowsAStartupThatSeeksNoMoney() {
        var startup = new Startup(new ApplicationId("app-2"), DEMO_INCUBATOR, "Garrigue Data", "DIGITAL", "IDEA", null, null,
                MONDAY_MORNING);

        assertThat(startup.amountSoughtCents()).isNull();
        assertThat(startup.currency()).isNull();
    }

    @Test
    void refusesANegativeAmountSought() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Startup(new ApplicationId("app-1"), DEMO_INCUBATOR,
                "Chlorofil", "CHEMISTRY", "PROTOTYPE", -1L, "EUR", MONDAY_MORNING));
    }

    @Test
    void refusesACurrencyThatIsNotAnIsoCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Startup(new ApplicationId("app-1"), DEMO_INCUBATOR,
                "Chlorofil", "CHEMISTRY", "PROTOTYPE", 100L, "euros", MONDAY_MORNING));
    }

    @Test
    void refusesABlankName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Startup(new ApplicationId("app-1"), DEMO_INCUBATOR,
                "  ", "CHEMISTRY", "PROTOTYPE", null, null, MONDAY_MORNING));
    }

    @Test
    void refusesAStartupOfNoIncubator() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Startup(new ApplicationId("app-1"), "",
                "Chlorofil", "CHEMISTRY", "PROTOTYPE", null, null, MONDAY_MORNING));
    }

    @Test
    void refusesAnApplicationIdLongerThanTheContractAllows() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ApplicationId("a".repeat(65)));
    }
}
