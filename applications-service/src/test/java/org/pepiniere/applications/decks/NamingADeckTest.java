package org.pepiniere.applications.decks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamingADeckTest {

    @Test
    void keepsTheFoundersNameWithItsAccents() {
        assertThat(DeckName.cleaned("Présentation Chlorofil.pdf")).isEqualTo("Présentation Chlorofil.pdf");
    }

    @Test
    void dropsThePathAndTheCharactersThatCouldBreakAHeader() {
        assertThat(DeckName.cleaned("C:\\Users\\camille\\deck\r\n\".PDF")).isEqualTo("deck.PDF");
        assertThat(DeckName.cleaned("../../etc/passwd")).isEqualTo("passwd.pdf");
    }

    @Test
    void givesNoNameWhenNothingIsLeft() {
        assertThat(DeckName.cleaned("  ")).isNull();
        assertThat(DeckName.cleaned("a/..")).isNull();
        assertThat(DeckName.cleaned(null)).isNull();
    }

    @Test
    void shortensALongNameWithoutSplittingACharacter() {
        String name = DeckName.cleaned("é".repeat(119) + "😀😀.pdf");

        assertThat(name).isEqualTo("é".repeat(119) + "😀.pdf");
    }
}
