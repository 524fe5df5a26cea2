package org.pepiniere.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TextBundlesTest {

    @Test
    void readsThePlatformsProblemTextsInBothLanguages() {
        var texts = Texts.read("pepiniere-problems");

        assertThat(texts.files()).anyMatch(file -> file.contains("platform"));
        assertThat(texts.text(Locale.FRENCH, "status.404")).isEqualTo("Introuvable");
        assertThat(texts.text(Locale.ENGLISH, "status.404")).isEqualTo("Not found");
    }

    @Test
    void writesFrenchForAnyLanguageButEnglish() {
        assertThat(Texts.read("pepiniere-problems").text(Locale.GERMAN, "status.404")).isEqualTo("Introuvable");
    }

    @Test
    void namesAKeyThatHasNoText() {
        assertThatThrownBy(() -> Texts.read("pepiniere-problems").text(Locale.FRENCH, "no.such.key"))
                .isInstanceOf(MissingResourceException.class).hasMessageContaining("no.such.key");
    }

    @Test
    void reportsAKeyWrittenInFrenchOnly() {
        var pair = new TextBundles.Pair("x", Map.of("a.detail", "Bonjour", "b.detail", "Oui"), Map.of("b.detail", "Yes"));

        assertThat(TextBundles.faults(List.of(pair))).containsExactly("a.detail has no English text in x");
    }

    @Test
    void reportsAKeyWrittenInEnglishOnly() {
        var pair = new TextBundles.Pair("x", Map.of(), Map.of("a.detail", "Hello"));

        assertThat(TextBundles.faults(List.of(pair))).containsExactly("a.detail has no French text in x");
    }

    @Test
    void reportsATextWhoseArgumentsDifferBetweenLanguages() {
        var pair = new TextBundles.Pair("x", Map.of("a", "de {0} à {1}"), Map.of("a", "up to {1}"));

        assertThat(TextBundles.faults(List.of(pair))).containsExactly("a takes other arguments in French and English in x");
    }

    @Test
    void reportsAKeyDefinedByTwoBundles() {
        var platform = new TextBundles.Pair("platform", Map.of("a", "A"), Map.of("a", "A"));
        var service = new TextBundles.Pair("service", Map.of("a", "B"), Map.of("a", "B"));

        assertThat(TextBundles.faults(List.of(platform, service))).containsExactly("a is defined both in platform and in service");
    }

    @Test
    void refusesToStartWithInconsistentTexts() {
        var pair = new TextBundles.Pair("x", Map.of("a", "A"), Map.of());

        assertThatIllegalStateException().isThrownBy(() -> TextBundles.read(List.of(pair)))
                .withMessageContaining("a has no English text in x");
    }
}
