package org.pepiniere.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.platform.PlatformTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@EmbeddedInfrastructure
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LaunchedPortFileTest {

    private static final Path FILE = temporaryDirectory().resolve("run").resolve("platform-test.port");

    @DynamicPropertySource
    static void portFile(DynamicPropertyRegistry registry) {
        registry.add(LaunchedPortFile.PROPERTY, FILE::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void writesThePortItListensOnAndItsProcessIdOnceListening() throws IOException {
        assertThat(Files.readString(FILE)).isEqualTo(port + " " + ProcessHandle.current().pid());
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("pepiniere-port-file-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
