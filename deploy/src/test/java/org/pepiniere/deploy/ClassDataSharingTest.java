package org.pepiniere.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ClassDataSharingTest {

    @TempDir
    Path dir;

    @Test
    void aJarWithoutSpringBootsJarModeToolsRunsAsItIs() throws IOException {
        StackConfig config = StackConfig.defaults(FakeServiceJars.root(dir.resolve("repo")), dir.resolve("data"));
        Path jar = RunnableJars.of(Service.NOTIFICATIONS, config.root());

        new ClassDataSharing(config).extractAll();

        assertThat(ClassDataSharing.launch(Service.NOTIFICATIONS, config)).containsExactly("-jar", jar.toString());
        assertThat(config.dataDir().resolve("runtime")).doesNotExist();
    }

    @Test
    void aJarThatCannotBeExtractedRunsAsItIs() throws IOException {
        StackConfig config = StackConfig.defaults(FakeServiceJars.root(dir.resolve("repo")), dir.resolve("data"));
        Path jar = RunnableJars.of(Service.GATEWAY, config.root());
        // claims the tools, yet has no manifest: the extraction fails
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("BOOT-INF/lib/spring-boot-jarmode-tools-4.0.0.jar"));
            out.closeEntry();
        }

        assertThat(ClassDataSharing.launch(Service.GATEWAY, config)).containsExactly("-jar", jar.toString());
    }

    @Test
    void theArchiveIsUsedOnceItExistsNextToTheExtractedJar() throws IOException {
        StackConfig config = StackConfig.defaults(FakeServiceJars.root(dir.resolve("repo")), dir.resolve("data"));
        Path jar = RunnableJars.of(Service.FUNDING, config.root());
        String name = jar.getFileName().toString();
        Path extracted = Files.createDirectories(config.dataDir().resolve("runtime").resolve(name.replace(".jar", "") + "-"
                + Long.toHexString(Files.size(jar)) + "-" + Long.toHexString(Files.getLastModifiedTime(jar).toMillis())));
        Files.copy(jar, extracted.resolve(name));
        Files.writeString(extracted.resolve("application.jsa"), "archive");

        assertThat(ClassDataSharing.launch(Service.FUNDING, config)).containsExactly(
                "-XX:SharedArchiveFile=" + extracted.resolve("application.jsa"), "-jar", extracted.resolve(name).toString());
    }
}
