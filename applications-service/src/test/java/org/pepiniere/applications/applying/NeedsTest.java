package org.pepiniere.applications.applying;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NeedsTest {

    @Test
    void keepsEachTagInOneWrittenForm() {
        var needs = Needs.of(List.of("  Levée  de Fonds ", "CHIMIE", "industrialisation"));

        assertThat(needs).containsExactly("levée de fonds", "chimie", "industrialisation");
    }

    @Test
    void keepsATagTypedTwiceOnceInTheOrderGiven() {
        var needs = Needs.of(List.of("chimie", "marketing", "Chimie"));

        assertThat(needs).containsExactly("chimie", "marketing");
    }

    @Test
    void composesAccentsSoThatTheSameWordTypedTwoWaysIsOneTag() {
        var needs = Needs.of(List.of("leve\u0301e de fonds", "lev\u00e9e de fonds"));

        assertThat(needs).containsExactly("lev\u00e9e de fonds");
    }

    @Test
    void readsNoNeedsAsNone() {
        assertThat(Needs.of(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "$where", "a.b", "{\"$gt\": 1}", "<script>", "-chimie"})
    void refusesWhatIsNotATag(String tag) {
        assertThatIllegalArgumentException().isThrownBy(() -> Needs.of(List.of(tag)));
    }

    @Test
    void refusesATagLongerThanFortyCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> Needs.of(List.of("x".repeat(41))));
    }

    @Test
    void refusesMoreThanTenTags() {
        var eleven = new java.util.ArrayList<String>();
        for (int i = 0; i < 11; i++) {
            eleven.add("besoin " + i);
        }

        assertThatIllegalArgumentException().isThrownBy(() -> Needs.of(eleven));
    }

    @Test
    void refusesAMissingTag() {
        assertThatIllegalArgumentException().isThrownBy(() -> Needs.of(Collections.singletonList(null)));
    }
}
