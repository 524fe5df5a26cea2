package org.pepiniere.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** A repository root whose every service "built" a runnable jar that runs {@link FakeService}. */
final class FakeServiceJars {

    private FakeServiceJars() {
    }

    static Path root(Path dir) throws IOException {
        String entry = FakeService.class.getName().replace('.', '/') + ".class";
        byte[] classBytes;
        try (InputStream in = FakeService.class.getClassLoader().getResourceAsStream(entry)) {
            classBytes = in.readAllBytes();
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        for (Service service : Service.values()) {
            Path target = Files.createDirectories(dir.resolve(service.module()).resolve("target"));
            try (OutputStream file = Files.newOutputStream(target.resolve(service.module() + "-0.1.0-SNAPSHOT-exec.jar"));
                 JarOutputStream jar = new JarOutputStream(file, manifest)) {
                jar.putNextEntry(new JarEntry(entry));
                jar.write(classBytes);
                jar.closeEntry();
            }
        }
        return dir;
    }
}
