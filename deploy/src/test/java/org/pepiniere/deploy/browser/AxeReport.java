package org.pepiniere.deploy.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code target/axe-report.md}: every page a journey visited with its axe result, rewritten after each page
 * so that a run stopped half-way still leaves what it checked.
 */
final class AxeReport {

    private static final Path FILE = Artefacts.directory().resolve("axe-report.md");
    private static final List<Accessibility.Audit> AUDITS = new ArrayList<>();

    private AxeReport() {
    }

    static synchronized void add(Accessibility.Audit audit) {
        AUDITS.add(audit);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String markdown() {
        StringBuilder md = new StringBuilder("# Accessibility of the portal (axe-core, WCAG 2.1 A and AA)\n\n")
                .append(AUDITS.size()).append(" pages checked, ")
                .append(AUDITS.stream().mapToLong(a -> a.failing().size()).sum()).append(" serious or critical violations.\n\n")
                .append("| journey | page | path | critical | serious | moderate | minor | passes | other violations |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Accessibility.Audit audit : AUDITS) {
            md.append("| ").append(audit.journey()).append(" | ").append(audit.pageName()).append(" | `").append(pathOf(audit.url()))
                    .append("` | ").append(audit.count("critical")).append(" | ").append(audit.count("serious"))
                    .append(" | ").append(audit.count("moderate")).append(" | ").append(audit.count("minor"))
                    .append(" | ").append(audit.passes()).append(" | ")
                    .append(audit.violations().stream().filter(v -> !v.failing()).map(v -> v.rule() + " (" + v.impact() + ")")
                            .collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
