package org.pepiniere.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Finds the runnable jar Spring Boot's Maven plugin built for a service. */
final class RunnableJars {

    private RunnableJars() {
    }

    static Path of(Service service, Path root) {
        Path target = root.resolve(service.module()).resolve("target");
        List<Path> jars = List.of();
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                jars = files.filter(f -> f.getFileName().toString().startsWith(service.module() + "-"))
                        .filter(f -> f.getFileName().toString().endsWith("-exec.jar"))
                        .sorted(Comparator.comparing(RunnableJars::lastModified).reversed())
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (jars.isEmpty()) {
            throw new MissingJarException(service, target);
        }
        return jars.get(0);
    }

    static boolean allPresent(Path root) {
        return Stream.of(Service.values()).allMatch(service -> {
            try {
                of(service, root);
                return true;
            } catch (MissingJarException e) {
                return false;
            }
        });
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** A service was not built. */
    static final class MissingJarException extends IllegalStateException {
        MissingJarException(Service service, Path target) {
            super(Messages.get("jar.missing", service.module(), target));
        }
    }
}
