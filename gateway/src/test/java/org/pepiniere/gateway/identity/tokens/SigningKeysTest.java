package org.pepiniere.gateway.identity.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.JWSAlgorithm;

class SigningKeysTest {

    @TempDir
    Path dataDirectory;

    @Test
    void makesAnRsaSigningKeyAtTheFirstStart() {
        var key = SigningKeys.loadOrCreate(dataDirectory.resolve("gateway"));

        assertThat(key.isPrivate()).isTrue();
        assertThat(key.size()).isEqualTo(2048);
        assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(key.getKeyID()).isNotBlank();
    }

    @Test
    void findsTheSameKeyAfterARestart() {
        var first = SigningKeys.loadOrCreate(dataDirectory.resolve("gateway"));

        var afterRestart = SigningKeys.loadOrCreate(dataDirectory.resolve("gateway"));

        assertThat(afterRestart.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(afterRestart.toPublicJWK()).isEqualTo(first.toPublicJWK());
    }

    @Test
    void letsOnlyItsOwnerReadTheKeyFile() throws Exception {
        SigningKeys.loadOrCreate(dataDirectory);

        var permissions = Files.getPosixFilePermissions(dataDirectory.resolve(SigningKeys.FILE_NAME));

        assertThat(PosixFilePermissions.toString(permissions)).isEqualTo("rw-------");
        try (var files = Files.list(dataDirectory)) {
            assertThat(files).as("no draft left behind").hasSize(1);
        }
    }
}
