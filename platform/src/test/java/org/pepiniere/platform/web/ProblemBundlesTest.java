package org.pepiniere.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProblemBundlesTest {

    @Test
    void findsEveryKeyInFrenchAndEnglishInThePlatformsBundle() {
        assertThat(ProblemTexts.files()).anyMatch(file -> file.contains("platform"));
    }

    @Test
    void reportsAKeyWrittenInFrenchOnly() {
        var pair = new ProblemBundles.Pair("x", Map.of("a.detail", "Bonjour", "b.detail", "Oui"), Map.of("b.detail", "Yes"));

        assertThat(ProblemBundles.faults(List.of(pair))).containsExactly("a.detail has no English text in x");
    }

    @Test
    void reportsAKeyWrittenInEnglishOnly() {
        var pair = new ProblemBundles.Pair("x", Map.of(), Map.of("a.detail", "Hello"));

        assertThat(ProblemBundles.faults(List.of(pair))).containsExactly("a.detail has no French text in x");
    }

    @Test
    void reportsATextWhoseArgumentsDifferBetweenLanguages() {
        var pair = new ProblemBundles.Pair("x", Map.of("a", "de {0} à {1}"), Map.of("a", "up to {1}"));

        assertThat(ProblemBundles.faults(List.of(pair))).containsExactly("a takes other arguments in French and English in x");
    }

    @Test
    void reportsAKeyDefinedByTwoBundles() {
        var platform = new ProblemBundles.Pair("platform", Map.of("a", "A"), Map.of("a", "A"));
        var service = new ProblemBundles.Pair("service", Map.of("a", "B"), Map.of("a", "B"));

        assertThat(ProblemBundles.faults(List.of(platform, service))).containsExactly("a is defined both in platform and in service");
    }

    @Test
    void refusesToStartWithInconsistentTexts() {
        var pair = new ProblemBundles.Pair("x", Map.of("a", "A"), Map.of());

        assertThatIllegalStateException().isThrownBy(() -> ProblemBundles.read(List.of(pair)))
                .withMessageContaining("a has no English text in x");
    }
}
