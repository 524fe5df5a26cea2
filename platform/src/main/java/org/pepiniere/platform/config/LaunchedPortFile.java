package org.pepiniere.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Once the service's own web server listens, writes "{@code <port> <pid>}" to the file named by
 * {@code pepiniere.port-file} (nothing when it is not set). The launcher that started the service reads it:
 * a readiness answer on that port counts only when this process says it holds the port, never when another
 * program that already held it answers in its place. Registered in {@code META-INF/spring.factories}.
 */
public class LaunchedPortFile implements ApplicationListener<WebServerInitializedEvent> {

    public static final String PROPERTY = "pepiniere.port-file";

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        var context = event.getApplicationContext();
        String file = context.getEnvironment().getProperty(PROPERTY);
        // a separate management server announces itself too; only the service's own port is the launcher's concern
        if (file == null || file.isBlank() || context.getServerNamespace() != null) {
            return;
        }
        write(Path.of(file), event.getWebServer().getPort() + " " + ProcessHandle.current().pid());
    }

    private static void write(Path file, String content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path draft = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Files.writeString(draft, content, StandardCharsets.UTF_8);
            // whole or absent: the launcher may read it at any moment
            Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
