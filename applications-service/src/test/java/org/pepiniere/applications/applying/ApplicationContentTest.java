package org.pepiniere.applications.applying;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ApplicationContentTest {

    @Test
    void refusesAnAnswerKeyThatCouldBeAMongoOperator() {
        assertThatIllegalArgumentException().isThrownBy(() -> withAnswers(Map.of("$where", "1")));
    }

    @Test
    void refusesAnAnswerKeyThatCouldBeAMongoPath() {
        assertThatIllegalArgumentException().isThrownBy(() -> withAnswers(Map.of("team.0", "x")));
    }

    @Test
    void refusesABlankStartupName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ApplicationContent(" ", "summary", Sector.HEALTH,
                Stage.IDEA, null, Map.of(), List.of(), List.of()));
    }

    @Test
    void refusesANegativeAmount() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Money(-1, "EUR"));
    }

    @Test
    void refusesACurrencyThatIsNotAnIsoCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Money(100, "euro"));
    }

    private static ApplicationContent withAnswers(Map<String, String> answers) {
        return new ApplicationContent("Chlorofil", "summary", Sector.CHEMISTRY, Stage.IDEA, null, answers, List.of(), List.of());
    }
}
