package org.pepiniere.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table the launcher prints once everything is ready. */
final class StartupReport {

    private StartupReport() {
    }

    static String of(Stack stack, Path workingDir) {
        StackConfig config = stack.config();
        List<String[]> rows = new ArrayList<>();
        for (Service service : Service.values()) {
            String label = service == Service.GATEWAY ? service.module() + " (" + Messages.get("report.portal") + ")" : service.module();
            rows.add(new String[] {label, stack.url(service).toString()});
        }
        rows.add(new String[] {"Kafka", stack.infrastructure().kafka().bootstrapServers()});
        rows.add(new String[] {"MongoDB", stack.infrastructure().mongo().connectionString()});
        rows.add(new String[] {"SMTP", stack.infrastructure().smtp().host() + ":" + stack.infrastructure().smtp().port()});
        rows.add(new String[] {Messages.get("report.demo-bank"), stack.demoBank().webhooksUrl()});
        rows.add(new String[] {Messages.get("report.demo-bank-received"), stack.demoBank().baseUrl() + "/bank/received"});
        rows.add(new String[] {Messages.get("report.demo-bank-secret"), stack.demoBank().secret()});
        rows.add(new String[] {Messages.get("report.mail"), stack.demoBank().baseUrl() + "/mail"});
        rows.add(new String[] {Messages.get("report.data"), shown(config.dataDir(), workingDir)});
        rows.add(new String[] {Messages.get("report.logs"), shown(config.logsDir(), workingDir)});
        int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
        StringBuilder out = new StringBuilder(System.lineSeparator());
        out.append(Messages.get("report.ready", String.format(Locale.ROOT, "%.1f", stack.startTime().toMillis() / 1000.0)))
                .append(System.lineSeparator()).append(System.lineSeparator());
        for (String[] row : rows) {
            out.append("  ").append(row[0]).append(" ".repeat(width - row[0].length() + 2)).append(row[1]).append(System.lineSeparator());
        }
        out.append(System.lineSeparator()).append(Messages.get("report.stop")).append(System.lineSeparator());
        return out.toString();
    }

    private static String shown(Path path, Path workingDir) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = workingDir.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? "./" + base.relativize(absolute) : absolute.toString();
    }
}
