package org.pepiniere.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void keepsAnAddressInLowerCaseWithoutSurroundingSpaces() {
        var email = new Email("  Ada.Lovelace@Example.ORG ");

        assertThat(email.value()).isEqualTo("ada.lovelace@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ada", "ada@", "@example.org", "ada@example", "ada lovelace@example.org", "ada@@example.org",
        "\"ada\"@example.org", "ada@-example.org", "ada..l@example.org"})
    void refusesWhatIsNotAnAddress(String raw) {
        assertThat(Email.parse(raw)).isEmpty();
    }

    @Test
    void refusesAnAddressLongerThanMailAllows() {
        String local = "a".repeat(65);

        assertThat(Email.parse(local + "@example.org")).isEmpty();
        assertThatThrownBy(() -> new Email(local + "@example.org")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsNoAddressAtAll() {
        assertThat(Email.parse(null)).isEmpty();
    }
}
