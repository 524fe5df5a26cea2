package org.pepiniere.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchOptionsTest {

    private static final Path REPOSITORY = Path.of("/srv/pepiniere");

    @Test
    void defaultsToTheUsualPortsAndDataUnderTheWorkingDirectoryInFrench() {
        LaunchOptions options = LaunchOptions.parse(new String[0], Map.of(), REPOSITORY);

        assertThat(options.stack().dataDir()).isEqualTo(REPOSITORY.resolve("data"));
        assertThat(options.stack().root()).isEqualTo(REPOSITORY);
        assertThat(options.stack().port(Port.GATEWAY)).isEqualTo(8080);
        assertThat(options.stack().port(Port.MONGO)).isEqualTo(27017);
        assertThat(options.stack().port(Port.DEMO_BANK)).isEqualTo(8090);
        assertThat(options.locale()).isEqualTo(Locale.FRENCH);
    }

    @Test
    void readsTheEnvironmentAndLetsArgumentsWin() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--gateway-port=9080", "--readiness-timeout=90"},
                Map.of("PEPINIERE_GATEWAY_PORT", "7080", "PEPINIERE_DATA_DIR", "/var/lib/pepiniere", "PEPINIERE_LANG", "en"), REPOSITORY);

        assertThat(options.stack().port(Port.GATEWAY)).isEqualTo(9080);
        assertThat(options.stack().dataDir()).isEqualTo(Path.of("/var/lib/pepiniere"));
        assertThat(options.stack().readinessTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(options.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void refusesAnUnknownOptionByName() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--gatway-port=1"}, Map.of(), REPOSITORY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--gatway-port");
    }

    @Test
    void refusesAPortOutOfRange() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--smtp-port=70000"}, Map.of(), REPOSITORY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("70000");
    }
}
