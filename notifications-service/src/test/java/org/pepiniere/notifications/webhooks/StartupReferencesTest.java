package org.pepiniere.notifications.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class StartupReferencesTest {

    private final StartupReferences references = new StartupReferences(key((byte) 1));

    @Test
    void givesTheSameApplicationTheSameReference() {
        assertThat(references.of("app-42")).isEqualTo(references.of("app-42"));
    }

    @Test
    void givesDifferentApplicationsDifferentReferences() {
        assertThat(references.of("app-42")).isNotEqualTo(references.of("app-43"));
    }

    @Test
    void revealsNothingOfTheApplicationId() {
        assertThat(references.of("app-42")).startsWith("st_").doesNotContain("app-42").hasSize(46);
    }

    @Test
    void dependsOnTheServerKey() {
        assertThat(new StartupReferences(key((byte) 2)).of("app-42")).isNotEqualTo(references.of("app-42"));
    }

    @Test
    void refusesAShortKey() {
        assertThatThrownBy(() -> new StartupReferences(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] key(byte fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        return key;
    }
}
