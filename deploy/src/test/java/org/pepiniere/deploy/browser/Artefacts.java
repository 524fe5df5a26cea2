package org.pepiniere.deploy.browser;

import java.nio.file.Path;

/** Where the journeys leave what a person looks at after a run: {@code deploy/target}. */
final class Artefacts {

    private Artefacts() {
    }

    static Path directory() {
        return Path.of(System.getProperty("pepiniere.root", "..")).toAbsolutePath().normalize().resolve("deploy").resolve("target");
    }
}
