package org.pepiniere.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.ErrorResponseException;

class IfMatchTest {

    // any text of the platform's bundles stands for a service's own
    private static final String STALE = "bad-request.detail";
    private static final String REQUIRED = "forbidden.detail";

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "W/\"3\"", " \"3\" ", "3"})
    void readsTheVersionOfAStrongOrWeakTag(String header) {
        assertThat(IfMatch.version(header, STALE)).isEqualTo(3L);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "*"})
    void namesNoVersionForAnyOrNoTag(String header) {
        assertThat(IfMatch.version(header, STALE)).isNull();
    }

    @Test
    void refusesATagThatCannotBeAVersionWithA412() {
        assertThatThrownBy(() -> IfMatch.version("\"abc\"", STALE))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(412);
                    assertThat(e.getBody().getType().toString()).endsWith("/changed-meanwhile");
                    assertThat(e.getDetailMessageCode()).isEqualTo(STALE);
                });
    }

    @Test
    void asksForAVersionWhereOneIsRequiredWithA428() {
        assertThatThrownBy(() -> IfMatch.required("*", STALE, REQUIRED))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(428);
                    assertThat(e.getBody().getType().toString()).endsWith("/precondition-required");
                    assertThat(e.getDetailMessageCode()).isEqualTo(REQUIRED);
                });
    }

    @Test
    void givesTheRequiredVersionWhenNamed() {
        assertThat(IfMatch.required("W/\"7\"", STALE, REQUIRED)).isEqualTo(7L);
    }
}
